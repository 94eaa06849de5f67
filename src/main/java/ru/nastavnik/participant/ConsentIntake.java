package ru.nastavnik.participant;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.participant.ParticipantInput.ReceivedConsent;

/**
 * A consent received outside Tasklist (through the API): recorded, and if the participant's enrolment waits for it,
 * the waiting task is completed — the process goes on exactly as if the form had been submitted.
 */
@Service
class ConsentIntake {

	private final ConsentRegister consents;

	private final TaskService tasks;

	ConsentIntake(ConsentRegister consents, TaskService tasks) {
		this.consents = consents;
		this.tasks = tasks;
	}

	@Transactional
	Consent receive(Participant participant, ConsentPurpose purpose, ReceivedConsent received, String by) {
		Consent consent = consents.record(participant, purpose, received, by);
		if (purpose == ConsentPurpose.PROCESSING && participant.getProcessInstanceId() != null) {
			Task waiting = tasks.createTaskQuery()
				.processInstanceId(participant.getProcessInstanceId())
				.taskDefinitionKey(EnrolmentProcess.RECORD_CONSENT)
				.singleResult();
			if (waiting != null) {
				tasks.complete(waiting.getId());
			}
		}
		return consent;
	}
}
