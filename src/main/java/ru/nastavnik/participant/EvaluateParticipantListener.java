package ru.nastavnik.participant;


import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.tasklist.FormInput;
import ru.nastavnik.tasklist.StepListener;
import ru.nastavnik.tasklist.Steps;

/** «Оценить участника по заданным параметрам» (steps 9 and 12): the first stage of impact monitoring. */
@Component
class EvaluateParticipantListener extends StepListener<Participant> {

	private final ParticipantReview review;

	EvaluateParticipantListener(Steps steps, OwnParticipant ownParticipant, ParticipantReview review) {
		super(steps, ownParticipant);
		this.review = review;
	}

	@Override
	protected void record(DelegateTask task, FormInput input, Participant participant) {
		int motivation = score(input, "motivation", "Мотивация");
		int personal = score(input, "personalGrowth", "Личностный рост");
		int professional = score(input, "professionalGrowth", "Профессиональный рост");
		int results = score(input, "results", "Образовательные (профессиональные) результаты");
		String comment = input.optionalText("evaluationComment", "Комментарий", 2000);
		input.rejectIfInvalid();
		review.evaluate(participant, EvaluationStage.START, motivation, personal, professional, results, comment,
				input.performer());
	}

	private static int score(FormInput input, String variable, String label) {
		return input.count(variable, label, ParticipantReview.LOWEST_SCORE, ParticipantReview.HIGHEST_SCORE);
	}
}
