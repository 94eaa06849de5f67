package ru.nastavnik.programme;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import ru.nastavnik.tasklist.FormInput;
import ru.nastavnik.tasklist.StepInputRejected;
import ru.nastavnik.web.BusinessRuleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records what a user task decided when it completes. A rejected input becomes a form validation error, which
 * Tasklist shows the person and the engine REST API answers with 400; the whole completion is rolled back.
 */
public abstract class StepCompletionListener implements TaskListener {

	private static final Logger LOG = LoggerFactory.getLogger(StepCompletionListener.class);

	private final Clock clock;

	private final Programmes programmes;

	protected StepCompletionListener(Clock clock, Programmes programmes) {
		this.clock = clock;
		this.programmes = programmes;
	}

	@Override
	public final void notify(DelegateTask task) {
		try {
			FormInput input = new FormInput(task, clock);
			requireOwnProgramme(task, input.id(ProgrammeProcess.Var.PROGRAMME_ID));
			record(task, input);
		}
		catch (StepInputRejected | BusinessRuleException e) {
			// a refused input or a broken business rule (no valid consent…): the person reads why, nothing is written
			throw new FormFieldValidationException(task.getTaskDefinitionKey(), e.getMessage());
		}
	}

	protected abstract void record(DelegateTask task, FormInput input);

	/**
	 * A form may submit any variable, {@code programmeId} included: the step records only into a programme of the
	 * task's own organisation (the task's tenant is the engine's, not the form's).
	 */
	private void requireOwnProgramme(DelegateTask task, Long programmeId) {
		if (programmes.findOwn(programmeId, task.getTenantId()).isEmpty()) {
			// a submission naming another organisation's programme is worth a look; the person reads only the refusal
			LOG.warn("Задача {} ({}) организации {}: программа {} не принята", task.getId(),
					task.getTaskDefinitionKey(), task.getTenantId(), task.getVariable(ProgrammeProcess.Var.PROGRAMME_ID
						.name()));
			throw new StepInputRejected("Данные формы относятся к программе другой организации и не приняты");
		}
	}
}
