package ru.nastavnik.programme;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.tasklist.FormInput;

/** «Разработать Положение о наставничестве» and «Разработать дорожную карту»: records a new version of the draft. */
@Component
class DraftDocumentListener extends StepCompletionListener {

	private final ProgrammePreparation preparation;

	DraftDocumentListener(ProgrammePreparation preparation, Clock clock, Programmes programmes) {
		super(clock, programmes);
		this.preparation = preparation;
	}

	@Override
	protected void record(DelegateTask task, FormInput input) {
		DocumentKind kind = DocumentKind.drafted(task.getTaskDefinitionKey());
		String reference = input.text(kind.referenceVariable(), "Номер или ссылка на проект документа", 255);
		String summary = input.text(kind.summaryVariable(), "Содержание проекта и внесённые изменения", 10, 4000);
		input.rejectIfInvalid();
		preparation.recordDraft(input.id(ProgrammeProcess.Var.PROGRAMME_ID), kind, reference, summary, input.performer());
		// the reference stays for the director's form; the text itself lives in the business data
		task.removeVariable(kind.summaryVariable());
	}
}
