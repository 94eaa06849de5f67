package ru.nastavnik.training;

import java.time.Clock;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.programme.OwnProgramme;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeProcess;
import ru.nastavnik.programme.StepLog;
import ru.nastavnik.tasklist.FormInput;
import ru.nastavnik.tasklist.Steps;

/**
 * «Провести групповую встречу наставников и наставляемых» (roadmap step 16): when, on what agenda, and who attended
 * among the mentors and mentees in the bases with a valid consent. The attendees are asked the preference
 * questionnaire next.
 */
@Component
class HoldGroupMeetingListener extends AttendedEventListener {

	HoldGroupMeetingListener(Steps steps, OwnProgramme ownProgramme, ProgrammeEvents events, MentorTraining training, Clock clock,
			StepLog log) {
		super(steps, ownProgramme, events, training, clock, log);
	}

	private static final List<String> FORM_FIELDS = List.of(StageFourForm.MEETING_TOPIC, StageFourForm.HELD_ON, StageFourForm.ATTENDEE_IDS,
				StageFourForm.COMMENT);

	@Override
	protected void record(DelegateTask task, FormInput input, Programme programme) {
		if (recordedNotHeld(task, input, programme, FORM_FIELDS)) {
			return;
		}
		Long programmeId = programme.getId();
		String topic = input.text(StageFourForm.MEETING_TOPIC, "Тема и повестка встречи", 5, 512);
		ProgrammeEvent meeting = recordHeld(input, ProgrammeEvent.groupMeeting(programmeId, topic),
				"Дата проведения встречи", StageFourForm.ATTENDEE_IDS, "Участники встречи",
				training.groupMeetingCandidates(programmeId));
		task.removeVariables(FORM_FIELDS);
		ProgrammeProcess.Var.GROUP_MEETING_EVENT_ID.set(task, meeting.getId());
	}
}
