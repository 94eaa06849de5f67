package ru.nastavnik.feedback;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.nastavnik.programme.OwnProgramme;

/**
 * The timer of a feedback step's task ({@link FeedbackSchedule}): the round opens, and the participants get their
 * links, valid until the task's due date.
 */
@Component
class OpenFeedbackRoundListener implements TaskListener {

	private final OwnProgramme ownProgramme;

	private final Feedback feedback;

	OpenFeedbackRoundListener(OwnProgramme ownProgramme, Feedback feedback) {
		this.ownProgramme = ownProgramme;
		this.feedback = feedback;
	}

	@Override
	public void notify(DelegateTask task) {
		feedback.open(ownProgramme.of(task.getExecution()), task.getTaskDefinitionKey(),
				task.getDueDate().toInstant());
	}
}
