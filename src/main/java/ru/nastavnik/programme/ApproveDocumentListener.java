package ru.nastavnik.programme;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.approval.Approval;
import ru.nastavnik.approval.ApprovalStep;
import ru.nastavnik.engine.ProcessVariable;
import ru.nastavnik.tasklist.Steps;

/** «Утвердить Положение» and «Утвердить дорожную карту»: the director approves, or returns with a comment. */
@Component
class ApproveDocumentListener extends ApprovalStep<Programme> {

	private final ProgrammePreparation preparation;

	ApproveDocumentListener(Steps steps, OwnProgramme ownProgramme, ProgrammePreparation preparation) {
		super(steps, ownProgramme);
		this.preparation = preparation;
	}

	@Override
	protected void decide(DelegateTask task, Programme programme, Approval approval) {
		preparation.decide(programme.getId(), kind(task), approval);
	}

	@Override
	protected ProcessVariable<Boolean> approvedVariable(DelegateTask task) {
		return kind(task).approvedVariable();
	}

	@Override
	protected ProcessVariable<String> returnCommentVariable(DelegateTask task) {
		return kind(task).returnCommentVariable();
	}

	private static DocumentKind kind(DelegateTask task) {
		return DocumentKind.approved(task.getTaskDefinitionKey());
	}
}
