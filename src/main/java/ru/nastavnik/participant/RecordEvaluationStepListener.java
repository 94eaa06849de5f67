package ru.nastavnik.participant;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.programme.OwnProgramme;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeProcess;
import ru.nastavnik.programme.StepLog;
import ru.nastavnik.tasklist.FormInput;
import ru.nastavnik.tasklist.StepListener;
import ru.nastavnik.tasklist.Steps;

/**
 * The evaluation steps of the roadmap (9, 12, 31) close from the evaluations: held when everyone in the bases is
 * evaluated, or with a reason for those who are not; never while nobody is. With nobody in the bases the step is
 * recorded as not held, with its reason. The record says how many were evaluated and, for the second stage, how
 * many left the programme.
 */
@Component
class RecordEvaluationStepListener extends StepListener<Programme> {

	static final String PENDING_REASON = "pendingReason";

	private final EvaluationStepFacts facts;

	private final StepLog stepLog;

	RecordEvaluationStepListener(Steps steps, OwnProgramme ownProgramme, EvaluationStepFacts facts,
			StepLog stepLog) {
		super(steps, ownProgramme);
		this.facts = facts;
		this.stepLog = stepLog;
	}

	@Override
	protected void record(DelegateTask task, FormInput input, Programme programme) {
		String step = ProgrammeProcess.Var.PLAN_STEP.requiredFrom(task);
		EvaluationStepFacts.Facts found = facts.of(programme, step);
		if (found.inBase() == 0) {
			String reason = input.text(PENDING_REASON, "Почему шаг не проводился", 10, 2000);
			input.rejectIfInvalid();
			stepLog.notHeld(programme.getId(), step, found.summary() + " " + reason, input.performer());
			return;
		}
		input.require(found.evaluated() > 0, found.summary() + " Шаг закрывают, когда оценён хотя бы один участник.");
		String reason = found.pending().isEmpty() ? null
				: input.text(PENDING_REASON, "Почему оценены не все участники", 10, 2000);
		input.rejectIfInvalid();
		stepLog.held(programme.getId(), step, found.evaluated(),
				found.summary() + (reason == null ? "" : " Причина: " + reason), input.performer());
	}
}
