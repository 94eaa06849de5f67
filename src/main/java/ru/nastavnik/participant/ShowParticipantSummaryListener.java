package ru.nastavnik.participant;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * When a review task is created, puts the participant's questionnaire summary into a task-local variable for the
 * form to show; only under a valid consent, which the task itself checks again on completion.
 */
@Component
class ShowParticipantSummaryListener implements TaskListener {

	private final ProcessParticipant processParticipant;

	private final ParticipantReview review;

	private final ConsentRegister consents;

	ShowParticipantSummaryListener(ProcessParticipant processParticipant, ParticipantReview review,
			ConsentRegister consents) {
		this.processParticipant = processParticipant;
		this.review = review;
		this.consents = consents;
	}

	@Override
	public void notify(DelegateTask task) {
		Participant participant = processParticipant.of(task.getExecution());
		boolean consented = participant.getStatus() != ParticipantStatus.WITHDRAWN
				&& consents.validProcessingConsent(participant).isPresent();
		task.setVariableLocal(EnrolmentProcess.Var.SUMMARY, consented ? review.summary(participant)
				: "Анкета не показывается: нет действующего согласия на обработку персональных данных. "
						+ "Получите новое согласие и отметьте его в системе.");
	}
}
