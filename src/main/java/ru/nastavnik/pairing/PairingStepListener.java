package ru.nastavnik.pairing;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.Programmes;
import ru.nastavnik.tasklist.FormInput;
import ru.nastavnik.tasklist.StepInputRejected;
import ru.nastavnik.web.BusinessRuleException;
import ru.nastavnik.web.ResourceNotFoundException;
import ru.nastavnik.programme.ProgrammeProcess;

/**
 * A pairing step in Tasklist: on {@code complete} it records the decision (what the form shows is
 * {@link PairingFormDisplay}'s). The programme is the task's own organisation's (a form cannot redirect it); a rejected input or a
 * broken rule becomes a Russian form error and the whole completion is rolled back.
 */
abstract class PairingStepListener implements TaskListener {

	private final Programmes programmes;

	private final Clock clock;

	PairingStepListener(Programmes programmes, Clock clock) {
		this.programmes = programmes;
		this.clock = clock;
	}

	@Override
	public final void notify(DelegateTask task) {
		Programme programme = programme(task);
		try {
			FormInput input = new FormInput(task, clock);
			record(task, input, programme);
		}
		catch (StepInputRejected | BusinessRuleException | ResourceNotFoundException e) {
			throw new FormFieldValidationException(task.getTaskDefinitionKey(), e.getMessage());
		}
	}

	abstract void record(DelegateTask task, FormInput input, Programme programme);

	private Programme programme(DelegateTask task) {
		return programmes.findOwn(ProgrammeProcess.Var.PROGRAMME_ID.from(task.getExecution()), task.getTenantId())
			.orElseThrow(() -> new FormFieldValidationException(task.getTaskDefinitionKey(),
					"Данные формы относятся к программе другой организации и не приняты"));
	}

	/** The programme of a service task's process; one of another organisation is an incident, never a write. */
	static Programme ownProgramme(Programmes programmes, org.camunda.bpm.engine.delegate.DelegateExecution execution) {
		return programmes.findOwn(ProgrammeProcess.Var.PROGRAMME_ID.from(execution), execution.getTenantId())
			.orElseThrow(() -> new IllegalStateException("Процесс " + execution.getProcessInstanceId()
					+ " не относится к программе своей организации"));
	}
}
