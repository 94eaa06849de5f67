package ru.nastavnik.participant;


import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.tasklist.FormInput;
import ru.nastavnik.tasklist.StepListener;
import ru.nastavnik.tasklist.Steps;

/**
 * «Включить в базу наставляемых / наставников?» (steps 7 and 11): the working group's decision, with a reason when
 * the person is not included; for a mentor, whether the psychologist should interview them first (step 13).
 */
@Component
class DecideOnBaseListener extends StepListener<Participant> {

	private final ParticipantReview review;

	DecideOnBaseListener(Steps steps, OwnParticipant ownParticipant, ParticipantReview review) {
		super(steps, ownParticipant);
		this.review = review;
	}

	@Override
	protected void record(DelegateTask task, FormInput input, Participant participant) {
		boolean included = input.yes(EnrolmentProcess.Field.INCLUDED, "Включить в базу?");
		String comment = input.optionalText("baseComment", "Комментарий или причина", 2000);
		input.rejectIfInvalid();
		review.decideOnBase(participant, included, comment, input.performer());
		EnrolmentProcess.Var.INCLUDED.set(task, included);
		EnrolmentProcess.Var.INTERVIEW_NEEDED.set(task,
				included && participant.getRole() == ParticipantRole.MENTOR
						&& input.ticked(EnrolmentProcess.Field.INTERVIEW_NEEDED));
	}
}
