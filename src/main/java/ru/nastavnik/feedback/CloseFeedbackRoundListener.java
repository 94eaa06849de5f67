package ru.nastavnik.feedback;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.problem.InvalidInput;
import ru.nastavnik.programme.OwnProgramme;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.tasklist.FormInput;
import ru.nastavnik.tasklist.StepListener;
import ru.nastavnik.tasklist.Steps;

/**
 * «Собрать обратную связь от участников» (step 24, November and May) completes: the round closes with its figures,
 * and the roadmap step is recorded with the response rate and the mean scores — with no answer at all, only with a
 * reason, as not held.
 */
@Component
class CloseFeedbackRoundListener extends StepListener<Programme> {

	private static final List<String> FIELDS = List.of(FeedbackSteps.CONCLUSION, FeedbackSteps.NO_ANSWERS_REASON);

	private final Feedback feedback;

	CloseFeedbackRoundListener(Steps steps, OwnProgramme ownProgramme, Feedback feedback) {
		super(steps, ownProgramme);
		this.feedback = feedback;
	}

	@Override
	protected void record(DelegateTask task, FormInput input, Programme programme) {
		String conclusion = input.optionalText(FeedbackSteps.CONCLUSION, "Выводы рабочей группы", 2000);
		String reason = input.optionalText(FeedbackSteps.NO_ANSWERS_REASON, "Причина, по которой ответов нет", 1000);
		input.rejectIfInvalid();
		if (!FeedbackSteps.ALL.contains(task.getTaskDefinitionKey())) {
			throw new InvalidInput("Задача «" + task.getName() + "» не собирает обратную связь");
		}
		feedback.close(programme, task.getTaskDefinitionKey(), conclusion, reason, input.performer());
		task.removeVariables(FIELDS);
	}
}
