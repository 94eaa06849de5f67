package ru.nastavnik.programme;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The timeout listener of every roadmap user task: when the step's due date passes, it is escalated. The task keeps a
 * local variable with the moment, which Cockpit and the history show next to the task.
 */
@Component
class EscalateOverdueStepListener implements TaskListener {

	private final OverdueSteps overdueSteps;

	EscalateOverdueStepListener(OverdueSteps overdueSteps) {
		this.overdueSteps = overdueSteps;
	}

	@Override
	public void notify(DelegateTask task) {
		Long programmeId = ProgrammeProcess.Var.PROGRAMME_ID.requiredFrom(task);
		OverdueEscalation escalation = overdueSteps.escalate(programmeId, task);
		ProgrammeProcess.Var.OVERDUE_ESCALATED_AT.setLocal(task, Date.from(escalation.getEscalatedAt()));
	}
}
