package ru.nastavnik.participant;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The participant an enrolment process is about, found from the process itself — its business key
 * {@code participant-<id>} and its organisation — never from a variable, which a task form or the engine REST API
 * could overwrite.
 */
@Component
class ProcessParticipant {

	static final String BUSINESS_KEY_PREFIX = "participant-";

	private final Participants participants;

	ProcessParticipant(Participants participants) {
		this.participants = participants;
	}

	static String businessKey(Long participantId) {
		return BUSINESS_KEY_PREFIX + participantId;
	}

	Participant of(DelegateExecution execution) {
		String key = execution.getProcessBusinessKey();
		Long id = key != null && key.startsWith(BUSINESS_KEY_PREFIX)
				? Long.valueOf(key.substring(BUSINESS_KEY_PREFIX.length())) : null;
		return (id == null ? Optional.<Participant>empty() : participants.findById(id))
			.filter(participant -> participant.tenantId().equals(execution.getTenantId()))
			.filter(participant -> participant.getProcessInstanceId() == null
					|| participant.getProcessInstanceId().equals(execution.getProcessInstanceId()))
			.orElseThrow(() -> new IllegalStateException(
					"Процесс " + execution.getProcessInstanceId() + " не относится к участнику своей организации"));
	}
}
