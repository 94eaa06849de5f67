package ru.nastavnik.feedback;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.tasklist.FormInput;
import ru.nastavnik.tasklist.StepListener;
import ru.nastavnik.tasklist.Steps;

/**
 * «Ответить на анкету о работе пары» or «Ответить на анкету удовлетворённости участием» completes in Tasklist: the mentor's answers are read and checked as the link's
 * page checks them, and recorded once — refused in Russian, with nothing written, when a score is missing, a text too
 * long, the questionnaire already answered through the link, expired, or not theirs.
 */
@Component
class RecordFeedbackAnswerListener extends StepListener<FeedbackRequest> {

	private final Feedback feedback;

	RecordFeedbackAnswerListener(Steps steps, FeedbackRequestOfTask subject, Feedback feedback) {
		super(steps, subject);
		this.feedback = feedback;
	}

	@Override
	protected void record(DelegateTask task, FormInput input, FeedbackRequest request) {
		feedback.answerInTasklist(request, field -> raw(task, field), input.performer());
	}

	private static String raw(DelegateTask task, String field) {
		Object value = task.getVariable(field);
		return value == null ? null : value.toString();
	}
}
