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

	private final ProcessParticipant processParticipant;

	private final ParticipantReview review;

	RecordRecommendedFormListener(ProcessParticipant processParticipant, ParticipantReview review) {
		this.processParticipant = processParticipant;
		this.review = review;
	}

	@Override
	public void notify(DelegateExecution execution) {
		Object form = EnrolmentProcess.Var.RECOMMENDED_FORM.from(execution);
		review.recordRecommendedForm(processParticipant.of(execution), form == null ? null : form.toString());
	}
}
