package ru.nastavnik.participant;


import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.tasklist.FormInput;
import ru.nastavnik.tasklist.StepListener;
import ru.nastavnik.tasklist.Steps;

/** «Провести собеседование с наставником» (step 13): admitted, or not admitted with a reason. */
@Component
class InterviewMentorListener extends StepListener<Participant> {

	private final ParticipantReview review;

	InterviewMentorListener(Steps steps, OwnParticipant ownParticipant, ParticipantReview review) {
		super(steps, ownParticipant);
		this.review = review;
	}

	@Override
	protected void record(DelegateTask task, FormInput input, Participant participant) {
		boolean admitted = input.yes("mentorAdmitted", "Наставник допущен?");
		String comment = input.optionalText("interviewComment", "Заключение или причина", 2000);
		input.rejectIfInvalid();
		review.recordInterview(participant, admitted, comment, input.performer());
		EnrolmentProcess.Var.INCLUDED.set(task, admitted);
	}
}
