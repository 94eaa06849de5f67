package ru.nastavnik.programme;

import static ru.nastavnik.programme.ProgrammeProcess.Field.COMMENT;
import static ru.nastavnik.programme.ProgrammeProcess.Field.EVENT_HELD;
import static ru.nastavnik.programme.ProgrammeProcess.Field.HELD_ON;
import static ru.nastavnik.programme.ProgrammeProcess.Field.MATERIALS;
import static ru.nastavnik.programme.ProgrammeProcess.Field.NOT_HELD_REASON;
import static ru.nastavnik.programme.ProgrammeProcess.Field.PARTICIPANT_COUNT;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import ru.nastavnik.tasklist.FormInput;

/**
 * What the form of a record-type step says: it was held (when, how many took part, materials and decisions) or it
 * was not held, and why. Nothing is skipped silently: «не проводилось» needs a reason, which stays in the history.
 */
record StepOutcome(boolean held, LocalDate heldOn, Integer participants, String materials, String comment,
		String notHeldReason) {

	static final String HELD = "held";

	static final String NOT_HELD = "notHeld";

	/** Steps in parallel share these field names: each step clears them once recorded. */
	private static final List<String> FIELDS = List.of(EVENT_HELD, HELD_ON, PARTICIPANT_COUNT, MATERIALS, COMMENT,
			NOT_HELD_REASON);

	static StepOutcome read(FormInput input) {
		String outcome = input.choice(EVENT_HELD, "Мероприятие проведено?", Set.of(HELD, NOT_HELD));
		input.rejectIfInvalid();
		if (NOT_HELD.equals(outcome)) {
			String reason = input.text(NOT_HELD_REASON, "Причина, по которой мероприятие не проводилось", 10, 2000);
			input.rejectIfInvalid();
			return new StepOutcome(false, null, null, null, null, reason);
		}
		LocalDate heldOn = input.pastDate(HELD_ON, "Дата проведения");
		int participants = input.count(PARTICIPANT_COUNT, "Число участников", 1, 100_000);
		String materials = input.text(MATERIALS, "Материалы и принятые решения", 5, 4000);
		String comment = input.optionalText(COMMENT, "Комментарий", 2000);
		input.rejectIfInvalid();
		return new StepOutcome(true, heldOn, participants, materials, comment, null);
	}

	/** Leaves in the process only the reason of a step not held, on the task, where the history keeps it. */
	void clearFrom(DelegateTask task) {
		task.removeVariables(FIELDS);
		if (!held) {
			task.setVariableLocal(NOT_HELD_REASON, notHeldReason);
		}
	}
}
