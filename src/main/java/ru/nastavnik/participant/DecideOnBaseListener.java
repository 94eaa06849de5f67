package ru.nastavnik.participant;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.tasklist.FormInput;

/**
 * «Включить в базу наставляемых / наставников?» (steps 7 and 11): the working group's decision, with a reason when
 * the person is not included; for a mentor, whether the psychologist should interview them first (step 13).
 */
@Component
class DecideOnBaseListener extends EnrolmentStepListener {

	private final ParticipantReview review;

	DecideOnBaseListener(ProcessParticipant processParticipant, ParticipantReview review, Clock clock) {
		super(processParticipant, clock);
		this.review = review;
	}

	@Override
	void record(DelegateTask task, FormInput input, Participant participant) {
		boolean included = input.yes("includedInBase", "Включить в базу?");
		String comment = input.optionalText("baseComment", "Комментарий или причина", 2000);
		input.rejectIfInvalid();
		review.decideOnBase(participant, included, comment, input.performer());
		task.setVariable(EnrolmentProcess.Var.INCLUDED, included);
		task.setVariable(EnrolmentProcess.Var.INTERVIEW_NEEDED,
				included && participant.getRole() == ParticipantRole.MENTOR && input.ticked("interviewNeeded"));
	}
}
