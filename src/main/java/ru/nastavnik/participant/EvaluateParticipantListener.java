package ru.nastavnik.participant;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.tasklist.FormInput;
import ru.nastavnik.tasklist.StepListener;
import ru.nastavnik.tasklist.Steps;

/**
 * «Оценить участника по заданным параметрам» (steps 9 and 12): the first stage of impact monitoring, on the
 * parameters of the participant's set.
 */
@Component
class EvaluateParticipantListener extends StepListener<Participant> {

	private final ParticipantReview review;

	private final EvaluationSets parameters;

	EvaluateParticipantListener(Steps steps, OwnParticipant ownParticipant, ParticipantReview review,
			EvaluationSets parameters) {
		super(steps, ownParticipant);
		this.review = review;
		this.parameters = parameters;
	}

	@Override
	protected void record(DelegateTask task, FormInput input, Participant participant) {
		List<EvaluationParameter> set = parameters.of(participant);
		var scores = EvaluationForm.scores(input, set);
		String comment = input.optionalText(EvaluationForm.COMMENT, "Комментарий", 2000);
		input.rejectIfInvalid();
		review.evaluate(participant, EvaluationStage.START, scores, comment, input.performer());
	}
}
