package ru.nastavnik.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.programme.OwnProgramme;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeProcess;
import ru.nastavnik.programme.StepLog;
import ru.nastavnik.tasklist.FormInput;
import ru.nastavnik.tasklist.StepListener;
import ru.nastavnik.tasklist.Steps;

/** A step that records an event held: its date (not in the future), who attended among those offered, a comment. */
abstract class AttendedEventListener extends StepListener<Programme> {

	final ProgrammeEvents events;

	final MentorTraining training;

	private final Clock clock;

	private final StepLog log;

	AttendedEventListener(Steps steps, OwnProgramme ownProgramme, ProgrammeEvents events, MentorTraining training,
			Clock clock, StepLog log) {
		super(steps, ownProgramme);
		this.log = log;
		this.events = events;
		this.training = training;
		this.clock = clock;
	}

	/**
	 * «Не проводилось»: with nobody to train or to meet the step is closed with its reason, which stays in the step's
	 * record and the history; nothing is skipped silently and no attendance is written.
	 *
	 * @return whether the step was recorded as not held
	 */
	boolean recordedNotHeld(DelegateTask task, FormInput input, Programme programme, List<String> formFields) {
		if (!"notHeld".equals(task.getVariable(ProgrammeProcess.Field.EVENT_HELD))) {
			return false;
		}
		String reason = input.text(ProgrammeProcess.Field.NOT_HELD_REASON,
				"Причина, по которой мероприятие не проводилось", 10, 2000);
		input.rejectIfInvalid();
		log.notHeld(programme.getId(), task.getTaskDefinitionKey(), reason,
				input.performer());
		task.removeVariables(formFields);
		task.removeVariable(ProgrammeProcess.Field.EVENT_HELD);
		ProgrammeProcess.Var.NOT_HELD_REASON.setLocal(task, reason);
		return true;
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
