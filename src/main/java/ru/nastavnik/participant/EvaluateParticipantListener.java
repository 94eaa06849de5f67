package ru.nastavnik.participant;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.tasklist.FormInput;
import ru.nastavnik.tasklist.StepListener;
import ru.nastavnik.tasklist.Steps;

/**
 * «Оценить участника по заданным параметрам»: the first stage of impact monitoring (steps 9 and 12, in the
 * participant's enrolment) or the second (step 31, {@link SecondEvaluationProcess}), on the parameters of the
 * participant's set.
 */
@Component
class EvaluateParticipantListener extends StepListener<Participant> {

	private final ParticipantReview review;

	private final EvaluationSets parameters;

	EvaluateParticipantListener(Steps steps, EvaluationSubject subject, ParticipantReview review,
			EvaluationSets parameters) {
		super(steps, subject);
		this.review = review;
		this.parameters = parameters;
	}

	@Override
	protected void record(DelegateTask task, FormInput input, Participant participant) {
		List<EvaluationParameter> set = parameters.of(participant);
		var scores = EvaluationForm.scores(input, set);
		String comment = input.optionalText(EvaluationForm.COMMENT, "Комментарий", 2000);
		input.rejectIfInvalid();
		EvaluationStage stage = SecondEvaluationProcess.EVALUATE_AGAIN.equals(task.getTaskDefinitionKey())
				? EvaluationStage.END : EvaluationStage.START;
		review.evaluate(participant, stage, scores, comment, input.performer());
	}
}
