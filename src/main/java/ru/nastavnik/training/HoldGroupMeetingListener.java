package ru.nastavnik.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.programme.ProgrammeProcess;
import ru.nastavnik.programme.Programmes;
import ru.nastavnik.programme.StepCompletionListener;
import ru.nastavnik.tasklist.FormInput;

/**
 * «Провести групповую встречу наставников и наставляемых» (roadmap step 16): when, on what agenda, and who attended
 * among the mentors and mentees in the bases with a valid consent. The attendees are asked the preference
 * questionnaire next.
 */
@Component
class HoldGroupMeetingListener extends StepCompletionListener {

	private final ProgrammeEvents events;

	private final MentorTraining training;

	private final Clock clock;

	HoldGroupMeetingListener(ProgrammeEvents events, MentorTraining training, Clock clock, Programmes programmes) {
		super(clock, programmes);
		this.events = events;
		this.training = training;
		this.clock = clock;
	}

	@Override
	protected void record(DelegateTask task, FormInput input) {
		Long programmeId = input.id(ProgrammeProcess.Var.PROGRAMME_ID);
		String topic = input.text(StageFourForm.MEETING_TOPIC, "Тема и повестка встречи", 5, 512);
		LocalDate heldOn = input.pastDate(StageFourForm.HELD_ON, "Дата проведения встречи");
		Set<Long> attendees = ParticipantOptions.chosen(input, StageFourForm.ATTENDEE_IDS, "Участники встречи",
				training.groupMeetingCandidates(programmeId));
		String comment = input.optionalText(StageFourForm.COMMENT, "Комментарий", 2000);
		input.rejectIfInvalid();
		ProgrammeEvent meeting = ProgrammeEvent.groupMeeting(programmeId, topic, input.performer(), clock.instant());
		meeting.held(heldOn, attendees, comment, input.performer(), clock.instant());
		meeting = events.save(meeting);
		task.removeVariables(List.of(StageFourForm.MEETING_TOPIC, StageFourForm.HELD_ON, StageFourForm.ATTENDEE_IDS,
				StageFourForm.COMMENT));
		task.setVariable(ProgrammeProcess.Var.GROUP_MEETING_EVENT_ID, meeting.getId());
	}
}
