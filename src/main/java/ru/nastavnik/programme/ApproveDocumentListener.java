package ru.nastavnik.programme;

import java.time.Clock;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.tasklist.FormInput;

/** «Утвердить Положение» and «Утвердить дорожную карту»: the director approves, or returns with a comment. */
@Component
class ApproveDocumentListener extends StepCompletionListener {

	static final String APPROVE = "approve";

	static final String RETURN = "return";

	private final ProgrammePreparation preparation;

	ApproveDocumentListener(ProgrammePreparation preparation, Clock clock, Programmes programmes) {
		super(clock, programmes);
		this.preparation = preparation;
	}

	@Override
	protected void record(DelegateTask task, FormInput input) {
		DocumentKind kind = DocumentKind.approved(task.getTaskDefinitionKey());
		String decision = input.choice(kind.decisionVariable(), "Решение", Set.of(APPROVE, RETURN));
		String comment = input.optionalText(kind.returnCommentVariable(), "Комментарий", 2000);
		boolean approved = APPROVE.equals(decision);
		input.require(approved || comment != null && comment.length() >= 5,
				"При возврате на доработку напишите комментарий: что нужно исправить (не короче 5 символов)");
		input.rejectIfInvalid();
		preparation.recordDecision(input.id(ProgrammeProcess.Var.PROGRAMME_ID), kind, approved, approved ? null : comment,
				input.performer());
		task.removeVariable(kind.decisionVariable());
		task.setVariable(kind.approvedVariable(), approved);
		if (approved) {
			task.removeVariable(kind.returnCommentVariable());
		}
	}
}
