package ru.nastavnik.participant;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import ru.nastavnik.tasklist.FormInput;
import ru.nastavnik.tasklist.StepInputRejected;
import ru.nastavnik.web.BusinessRuleException;

/**
 * Records what a step of a participant's enrolment decided when its task completes. The participant is the one the
 * process holds, and only within the task's own organisation; a rejected input or a missing consent becomes a form
 * error in Russian and rolls the completion back.
 */
abstract class EnrolmentStepListener implements TaskListener {

	private final ProcessParticipant processParticipant;

	private final Clock clock;

	EnrolmentStepListener(ProcessParticipant processParticipant, Clock clock) {
		this.processParticipant = processParticipant;
		this.clock = clock;
	}

	@Override
	public final void notify(DelegateTask task) {
		try {
			FormInput input = new FormInput(task, clock);
			Participant participant = processParticipant.of(task.getExecution());
			record(task, input, participant);
			processParticipant.restoreRouting(task, participant);
		}
		catch (StepInputRejected | BusinessRuleException e) {
			throw new FormFieldValidationException(task.getTaskDefinitionKey(), e.getMessage());
		}
	}

	abstract void record(DelegateTask task, FormInput input, Participant participant);

}
