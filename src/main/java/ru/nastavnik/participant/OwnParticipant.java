package ru.nastavnik.participant;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.tasklist.StepSubject;

/**
 * The participant whose enrolment a task is — the one the process holds, within the task's own organisation; after
 * every step, the variables the enrolment routes by are set again from the record.
 */
@Component
class OwnParticipant implements StepSubject<Participant> {

	private final ProcessParticipant processParticipant;

	OwnParticipant(ProcessParticipant processParticipant) {
		this.processParticipant = processParticipant;
	}

	@Override
	public Participant of(DelegateTask task) {
		return processParticipant.of(task.getExecution());
	}

	@Override
	public void afterStep(DelegateTask task, Participant participant) {
		processParticipant.restoreRouting(task, participant);
	}
}
