package ru.nastavnik.programme;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Records what a user task decided when it completes. A rejected input becomes a form validation error, which
 * Tasklist shows the person and the engine REST API answers with 400; the whole completion is rolled back.
 */
abstract class StepCompletionListener implements TaskListener {

	private final Clock clock;

	StepCompletionListener(Clock clock) {
		this.clock = clock;
	}

	@Override
	public final void notify(DelegateTask task) {
		try {
			record(task, new FormInput(task, clock));
		}
		catch (StepInputRejected e) {
			throw new FormFieldValidationException(task.getTaskDefinitionKey(), e.getMessage());
		}
	}

	abstract void record(DelegateTask task, FormInput input);
}
