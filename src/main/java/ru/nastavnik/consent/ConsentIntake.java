package ru.nastavnik.consent;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import ru.nastavnik.participant.EnrolmentProcess;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.ParticipantInput.ReceivedConsent;
import ru.nastavnik.participant.Participants;
import ru.nastavnik.web.ConflictRetry;

/**
 * A consent received outside Tasklist (through the API): recorded, and if the participant's enrolment waits for it,
 * the waiting task is completed — the process goes on exactly as if the form had been submitted. The consent task may
 * be overdue and its escalation job firing at that moment: the whole intake then runs again ({@link ConflictRetry}).
 * Two people recording the same participant's consent go one after the other (the participant's row is locked): the
 * second records their paper too, and finds the task already completed.
 */
@Service
class ConsentIntake {

	private final ConsentRegister consents;

	private final Participants participants;

	private final TaskService tasks;

	private final ConflictRetry conflicts;

	ConsentIntake(ConsentRegister consents, Participants participants, TaskService tasks, ConflictRetry conflicts) {
		this.participants = participants;
		this.consents = consents;
		this.tasks = tasks;
		this.conflicts = conflicts;
	}

	Consent receive(Participant participant, ConsentPurpose purpose, ReceivedConsent received, String by) {
		return conflicts.inTransaction(() -> receiveOnce(participant, purpose, received, by));
	}

	private Consent receiveOnce(Participant requested, ConsentPurpose purpose, ReceivedConsent received, String by) {
		Participant participant = participants.lockById(requested.getId())
			.orElseThrow(() -> new IllegalStateException("Участник " + requested.getId() + " не найден"));
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
