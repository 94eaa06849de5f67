package ru.nastavnik.programme;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.approval.Approval;
import ru.nastavnik.approval.ApprovalStep;
import ru.nastavnik.engine.ProcessVariable;
import ru.nastavnik.tasklist.Steps;

/** «Утвердить изменение срока в дорожной карте»: the director approves the new date, or returns it with a reason. */
@Component
class ApprovePlanChangeListener extends ApprovalStep<Programme> {

	private final PlanRescheduling rescheduling;

	ApprovePlanChangeListener(Steps steps, OwnProgramme ownProgramme, PlanRescheduling rescheduling) {
		super(steps, ownProgramme);
		this.rescheduling = rescheduling;
	}

	@Override
	protected void decide(DelegateTask task, Programme programme, Approval approval) {
		rescheduling.decide(PlanChangeProcess.Var.PLAN_CHANGE_ID.requiredFrom(task), programme.getId(), approval);
	}

	@Override
	protected ProcessVariable<Boolean> approvedVariable(DelegateTask task) {
		return PlanChangeProcess.Var.APPROVED;
	}

	@Override
	protected ProcessVariable<String> returnCommentVariable(DelegateTask task) {
		return PlanChangeProcess.Var.RETURN_COMMENT;
	}
}
