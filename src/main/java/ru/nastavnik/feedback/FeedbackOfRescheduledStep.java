package ru.nastavnik.feedback;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.nastavnik.programme.PlanStepRescheduled;

/** A feedback step's due date moved: the round's links not answered yet, and their tasks, expire with it. */
@Component
class FeedbackOfRescheduledStep {

	private final Feedback feedback;

	FeedbackOfRescheduledStep(Feedback feedback) {
		this.feedback = feedback;
	}

	@EventListener
	void on(PlanStepRescheduled rescheduled) {
		if (FeedbackSteps.ALL.contains(rescheduled.step())) {
			feedback.reschedule(rescheduled.programmeId(), rescheduled.step(), rescheduled.dueAt());
		}
	}
}
