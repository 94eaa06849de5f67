package ru.nastavnik.programme;

import static ru.nastavnik.programme.ProgrammeProcess.Var.COMMENT;
import static ru.nastavnik.programme.ProgrammeProcess.Var.EVENT_HELD;
import static ru.nastavnik.programme.ProgrammeProcess.Var.HELD_ON;
import static ru.nastavnik.programme.ProgrammeProcess.Var.MATERIALS;
import static ru.nastavnik.programme.ProgrammeProcess.Var.NOT_HELD_REASON;
import static ru.nastavnik.programme.ProgrammeProcess.Var.PARTICIPANT_COUNT;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Roadmap steps 1–4: records the meeting that informed a community about the programme, or that it was not held, and
 * why.
 */
@Component
class InformCommunityListener extends StepCompletionListener {

	private static final List<String> FIELDS = List.of(EVENT_HELD, HELD_ON, PARTICIPANT_COUNT, MATERIALS, COMMENT,
			NOT_HELD_REASON);

	private final ProgrammePreparation preparation;

	InformCommunityListener(ProgrammePreparation preparation, Clock clock) {
		super(clock);
		this.preparation = preparation;
	}

	static final String HELD = "held";

	static final String NOT_HELD = "notHeld";

	@Override
	void record(DelegateTask task, FormInput input) {
		Community community = Community.informedAt(task.getTaskDefinitionKey());
		String outcome = input.choice(EVENT_HELD, "Мероприятие проведено?", Set.of(HELD, NOT_HELD));
		input.rejectIfInvalid();
		if (NOT_HELD.equals(outcome)) {
			recordNotHeld(task, input, community);
			return;
		}
		LocalDate heldOn = input.pastDate(HELD_ON, "Дата проведения");
		int participants = input.count(PARTICIPANT_COUNT, "Число участников", 1, 100_000);
		String materials = input.text(MATERIALS, "Материалы и принятые решения", 5, 4000);
		String comment = input.optionalText(COMMENT, "Комментарий", 2000);
		input.rejectIfInvalid();
		preparation.recordInformingEvent(input.programmeId(), community, heldOn, participants, materials, comment,
				input.performer());
		// four tasks in parallel share the form's field names: each clears them once recorded
		task.removeVariables(FIELDS);
	}

	/** Nothing is skipped silently: a step closed as not held needs a reason, which stays in the task's history. */
	private void recordNotHeld(DelegateTask task, FormInput input, Community community) {
		String reason = input.text(NOT_HELD_REASON, "Причина, по которой мероприятие не проводилось", 10, 2000);
		input.rejectIfInvalid();
		preparation.recordInformingNotHeld(input.programmeId(), community, reason, input.performer());
		task.removeVariables(FIELDS);
		task.setVariableLocal(NOT_HELD_REASON, reason);
	}
}
