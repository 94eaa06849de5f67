package ru.nastavnik.programme;


import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.tasklist.FormInput;
import ru.nastavnik.tasklist.StepListener;
import ru.nastavnik.tasklist.Steps;

/** «Разработать Положение о наставничестве» and «Разработать дорожную карту»: records a new version of the draft. */
@Component
class DraftDocumentListener extends StepListener<Programme> {

	private final ProgrammePreparation preparation;

	DraftDocumentListener(Steps steps, OwnProgramme ownProgramme, ProgrammePreparation preparation) {
		super(steps, ownProgramme);
		this.preparation = preparation;
	}

	@Override
	protected void record(DelegateTask task, FormInput input, Programme programme) {
		DocumentKind kind = DocumentKind.drafted(task.getTaskDefinitionKey());
		String reference = input.text(kind.referenceVariable(), "Номер или ссылка на проект документа", 255);
		String summary = input.text(kind.summaryVariable(), "Содержание проекта и внесённые изменения", 10, 4000);
		input.rejectIfInvalid();
		preparation.recordDraft(programme.getId(), kind, reference, summary, input.performer());
		// the reference stays for the director's form; the text itself lives in the business data
		task.removeVariable(kind.summaryVariable());
	}
}
