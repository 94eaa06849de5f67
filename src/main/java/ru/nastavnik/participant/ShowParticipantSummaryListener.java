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

	private final Participants participants;

	private final ParticipantReview review;

	ShowParticipantSummaryListener(Participants participants, ParticipantReview review) {
		this.participants = participants;
		this.review = review;
	}

	@Override
	public void notify(DelegateTask task) {
		Long id = ((Number) task.getVariable(EnrolmentProcess.Var.PARTICIPANT_ID)).longValue();
		Participant participant = participants.findById(id).orElseThrow(
				() -> new IllegalStateException("Участник " + id + " не найден"));
		task.setVariableLocal(EnrolmentProcess.Var.SUMMARY, review.summary(participant));
	}
}
