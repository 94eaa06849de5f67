package ru.nastavnik.participant;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.tasklist.FormInput;

/** «Провести собеседование с наставником» (step 13): admitted, or not admitted with a reason. */
@Component
class InterviewMentorListener extends EnrolmentStepListener {

	private final ParticipantReview review;

	InterviewMentorListener(ProcessParticipant processParticipant, ParticipantReview review, Clock clock) {
		super(processParticipant, clock);
		this.review = review;
	}

	@Override
	void record(DelegateTask task, FormInput input, Participant participant) {
		boolean admitted = input.yes("mentorAdmitted", "Наставник допущен?");
		String comment = input.optionalText("interviewComment", "Заключение или причина", 2000);
		input.rejectIfInvalid();
		review.recordInterview(participant, admitted, comment, input.performer());
		EnrolmentProcess.Var.INCLUDED.set(task, admitted);
	}
}
