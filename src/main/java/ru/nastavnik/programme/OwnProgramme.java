package ru.nastavnik.programme;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import ru.nastavnik.problem.InvalidInput;
import ru.nastavnik.tasklist.StepSubject;

/**
 * The programme a task or a service task works for, only of its own organisation: a form may submit any variable,
 * {@code programmeId} included, but the task's tenant is the engine's.
 */
@Component
public class OwnProgramme implements StepSubject<Programme> {

	private static final Logger LOG = LoggerFactory.getLogger(OwnProgramme.class);

	private final Programmes programmes;

	OwnProgramme(Programmes programmes) {
		this.programmes = programmes;
	}

	@Override
	public Programme of(DelegateTask task) {
		Long programmeId = ProgrammeProcess.Var.PROGRAMME_ID.from(task);
		return programmes.findOwn(programmeId, task.getTenantId()).orElseThrow(() -> {
			// a submission naming another organisation's programme is worth a look; the person reads only the refusal
			LOG.warn("Задача {} ({}) организации {}: программа {} не принята", task.getId(),
					task.getTaskDefinitionKey(), task.getTenantId(), programmeId);
			return new InvalidInput("Данные формы относятся к программе другой организации и не приняты");
		});
	}

	/** The programme of a service task's process; one of another organisation is an incident, never a write. */
	public Programme of(DelegateExecution execution) {
		return programmes.findOwn(ProgrammeProcess.Var.PROGRAMME_ID.from(execution), execution.getTenantId())
			.orElseThrow(() -> new IllegalStateException("Процесс " + execution.getProcessInstanceId()
					+ " не относится к программе своей организации"));
	}
}
