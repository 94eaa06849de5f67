package ru.nastavnik.pairwork;

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
 * «Записать итоги встреч наставнических пар» (steps 20–23, 25): the programme's step closes from the pairs' facts. It is
 * held when every pair in effect has done it, or with a reason for those that have not; while no pair has, it cannot
 * be closed — the programme's progress counts no step that no pair did. Only a programme with no pairs in effect closes
 * it as not held, with its reason.
 */
@Component
class RecordPairWorkListener extends StepListener<Programme> {

	static final String PENDING_REASON = "pendingReason";

	private final PairStepFacts facts;

	private final StepLog stepLog;

	RecordPairWorkListener(Steps steps, OwnProgramme ownProgramme, PairStepFacts facts, StepLog stepLog) {
		super(steps, ownProgramme);
		this.facts = facts;
		this.stepLog = stepLog;
	}

	@Override
	protected void record(DelegateTask task, FormInput input, Programme programme) {
		String step = ProgrammeProcess.Var.PLAN_STEP.requiredFrom(task);
		PairStepFacts.Facts found = facts.of(programme, step);
		if (found.pairs() == 0) {
			String reason = input.text(PENDING_REASON, "Почему шаг не проводился", 10, 2000);
			input.rejectIfInvalid();
			stepLog.notHeld(programme.getId(), step, "Пар в работе нет. " + reason, input.performer());
			return;
		}
		input.require(found.done() > 0, found.summary() + " Шаг закрывают, когда его провела хотя бы одна пара: "
				+ "запишите встречи в журналы пар.");
		String reason = found.pending().isEmpty() ? null
				: input.text(PENDING_REASON, "Почему не все пары провели шаг", 10, 2000);
		input.rejectIfInvalid();
		stepLog.held(programme.getId(), step, found.participants(),
				found.summary() + (reason == null ? "" : " Причина: " + reason), input.performer());
	}
}
