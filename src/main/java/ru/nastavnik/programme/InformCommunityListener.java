package ru.nastavnik.programme;


import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.tasklist.FormInput;
import ru.nastavnik.tasklist.StepListener;
import ru.nastavnik.tasklist.Steps;

/**
 * Roadmap steps 1–4: records the meeting that informed a community about the programme, or that it was not held, and
 * why.
 */
@Component
class InformCommunityListener extends StepListener<Programme> {

	private final ProgrammePreparation preparation;

	InformCommunityListener(Steps steps, OwnProgramme ownProgramme, ProgrammePreparation preparation) {
		super(steps, ownProgramme);
		this.preparation = preparation;
	}

	@Override
	protected void record(DelegateTask task, FormInput input, Programme programme) {
		Community community = Community.informedAt(task.getTaskDefinitionKey());
		StepOutcome outcome = StepOutcome.read(input);
		if (outcome.held()) {
			preparation.recordInformingEvent(programme.getId(), community, outcome.heldOn(), outcome.participants(),
					outcome.materials(), outcome.comment(), input.performer());
		}
		else {
			preparation.recordInformingNotHeld(programme.getId(), community, outcome.notHeldReason(),
					input.performer());
		}
		outcome.clearFrom(task);
	}
}
