package ru.nastavnik.programme;

import java.time.Clock;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.tasklist.FormInput;

/** «Утвердить изменение срока в дорожной карте»: the director approves the change or declines it with a comment. */
@Component
class ApprovePlanChangeListener extends StepCompletionListener {

	private final PlanRescheduling rescheduling;

	ApprovePlanChangeListener(PlanRescheduling rescheduling, Clock clock, Programmes programmes) {
		super(clock, programmes);
		this.rescheduling = rescheduling;
	}

	@Override
	protected void record(DelegateTask task, FormInput input) {
		String decision = input.choice(PlanChangeProcess.Field.DECISION, "Решение",
				Set.of(ApproveDocumentListener.APPROVE, ApproveDocumentListener.RETURN));
		String comment = input.optionalText(PlanChangeProcess.Field.COMMENT, "Комментарий", 2000);
		boolean approved = ApproveDocumentListener.APPROVE.equals(decision);
		input.require(approved || comment != null && comment.length() >= 5,
				"Отклоняя изменение, напишите комментарий (не короче 5 символов)");
		input.rejectIfInvalid();
		Long changeId = PlanChangeProcess.Var.PLAN_CHANGE_ID.requiredFrom(task);
		rescheduling.decide(changeId, input.id(ProgrammeProcess.Var.PROGRAMME_ID), approved, approved ? null : comment, input.performer());
	}
}
