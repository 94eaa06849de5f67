package ru.nastavnik.participant;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeAudience;
import ru.nastavnik.programme.ProgrammeProcess;
import ru.nastavnik.programme.RoadmapPlan;

/**
 * The participant an enrolment process is about, found from the process itself — its business key
 * {@code participant-<id>} and its organisation — never from a variable, which a task form or the engine REST API
 * could overwrite.
 */
@Component
class ProcessParticipant {

	static final String BUSINESS_KEY_PREFIX = "participant-";

	private final Participants participants;

	private final RoadmapPlan plan;

	ProcessParticipant(Participants participants, RoadmapPlan plan) {
		this.participants = participants;
		this.plan = plan;
	}

	/** Whether the programme holds roadmap step 6, third-party information, which only pupils' programmes do. */
	boolean thirdPartyStepHeld(Programme programme) {
		return programme.getAudience() == ProgrammeAudience.PUPILS
				&& plan.includes(programme.getId(), ProgrammeProcess.COLLECT_THIRD_PARTY_INFORMATION);
	}

	/**
	 * The variables the enrolment routes by, from the participant's record: a form may submit any variable, and
	 * these are set again after every step so that no submission can skip a step.
	 */
	void restoreRouting(DelegateTask task, Participant participant) {
		EnrolmentProcess.Var.ROLE.set(task, participant.getRole());
		EnrolmentProcess.Var.MINOR.set(task, participant.isMinor());
		EnrolmentProcess.Var.THIRD_PARTY_INFORMATION.set(task, participant.getRole() == ParticipantRole.MENTEE
				&& thirdPartyStepHeld(participant.getProgramme()));
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
