package ru.nastavnik.participant;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.nastavnik.programme.ProgrammeProcess;

/**
 * When the programme's step «Сформировать базу наставляемых / наставников» (roadmap steps 7 and 11) reaches the
 * working group, shows where every participant of that side stands — in the base, under review, waiting for the
 * questionnaire or the consent, left out, withdrawn — and proposes the number in the base as the step's count.
 */
@Component
class ShowBaseSummaryListener implements TaskListener {

	static final String SUMMARY = "baseSummary";

	private final Participants participants;

	ShowBaseSummaryListener(Participants participants) {
		this.participants = participants;
	}

	@Override
	public void notify(DelegateTask task) {
		Long programmeId = ProgrammeProcess.Var.PROGRAMME_ID.requiredFrom(task);
		ParticipantRole role = ProgrammeProcess.FORM_MENTOR_BASE.equals(ProgrammeProcess.Var.PLAN_STEP.from(task))
				? ParticipantRole.MENTOR : ParticipantRole.MENTEE;
		Map<ParticipantStatus, Long> counts = new EnumMap<>(ParticipantStatus.class);
		for (ParticipantStatus status : ParticipantStatus.values()) {
			counts.put(status, participants.countByProgrammeIdAndRoleAndStatus(programmeId, role, status));
		}
		String summary = counts.entrySet().stream()
			.map(count -> count.getKey().title() + ": " + count.getValue())
			.collect(Collectors.joining("\n"));
		task.setVariableLocal(SUMMARY, (role == ParticipantRole.MENTOR ? "Наставники" : "Наставляемые") + "\n" + summary);
		task.setVariableLocal(ProgrammeProcess.Field.PARTICIPANT_COUNT, counts.get(ParticipantStatus.IN_BASE));
	}
}
