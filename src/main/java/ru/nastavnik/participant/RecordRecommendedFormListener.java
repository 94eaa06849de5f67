package ru.nastavnik.participant;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Keeps what the decision table {@code mentoring-form-recommendation} recommended for the mentee's category with
 * their questionnaire, for the choice of forms (step 8) and for matching.
 */
@Component
class RecordRecommendedFormListener implements ExecutionListener {

	private final Participants participants;

	private final ParticipantReview review;

	RecordRecommendedFormListener(Participants participants, ParticipantReview review) {
		this.participants = participants;
		this.review = review;
	}

	@Override
	public void notify(DelegateExecution execution) {
		Long id = ((Number) execution.getVariable(EnrolmentProcess.Var.PARTICIPANT_ID)).longValue();
		Object form = execution.getVariable(EnrolmentProcess.Var.RECOMMENDED_FORM);
		participants.findById(id).ifPresent(participant -> review.recordRecommendedForm(participant,
				form == null ? null : form.toString()));
	}
}
