package ru.nastavnik.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import ru.nastavnik.participant.Participant;
import ru.nastavnik.programme.Programmes;
import ru.nastavnik.programme.StepCompletionListener;
import ru.nastavnik.tasklist.FormInput;

/** A step that records an event held: its date (not in the future), who attended among those offered, a comment. */
abstract class AttendedEventListener extends StepCompletionListener {

	final ProgrammeEvents events;

	final MentorTraining training;

	private final Clock clock;

	AttendedEventListener(ProgrammeEvents events, MentorTraining training, Clock clock, Programmes programmes) {
		super(clock, programmes);
		this.events = events;
		this.training = training;
		this.clock = clock;
	}

	/**
	 * Reads the date, the attendance and the comment, together with whatever the step read before, and records the
	 * event held — or rejects every problem at once, writing nothing.
	 */
	ProgrammeEvent recordHeld(FormInput input, ProgrammeEvent event, String dateLabel, String checklist,
			String checklistLabel, List<Participant> offered) {
		LocalDate heldOn = input.pastDate(StageFourForm.HELD_ON, dateLabel);
		Set<Long> attendees = ParticipantOptions.chosen(input, checklist, checklistLabel, offered);
		String comment = input.optionalText(StageFourForm.COMMENT, "Комментарий", 2000);
		input.rejectIfInvalid();
		event.held(heldOn, attendees, comment, input.performer(), clock.instant());
		return events.save(event);
	}
}
