package ru.nastavnik.programme;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.tasklist.FormInput;

/**
 * Roadmap steps 1–4: records the meeting that informed a community about the programme, or that it was not held, and
 * why.
 */
@Component
class InformCommunityListener extends StepCompletionListener {

	private final ProgrammePreparation preparation;

	InformCommunityListener(ProgrammePreparation preparation, Clock clock, Programmes programmes) {
		super(clock, programmes);
		this.preparation = preparation;
	}

	@Override
	protected void record(DelegateTask task, FormInput input) {
		Community community = Community.informedAt(task.getTaskDefinitionKey());
		StepOutcome outcome = StepOutcome.read(input);
		if (outcome.held()) {
			preparation.recordInformingEvent(input.id(ProgrammeProcess.Var.PROGRAMME_ID), community, outcome.heldOn(), outcome.participants(),
					outcome.materials(), outcome.comment(), input.performer());
		}
		else {
			preparation.recordInformingNotHeld(input.id(ProgrammeProcess.Var.PROGRAMME_ID), community, outcome.notHeldReason(),
					input.performer());
		}
		outcome.clearFrom(task);
	}
}
