package ru.nastavnik.participant;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import ru.nastavnik.engine.FormTask;
import ru.nastavnik.engine.TaskFormDisplay;
import ru.nastavnik.programme.ProgrammeProcess;

/**
 * What the form «Сформировать базу наставляемых / наставников» shows when it is read: how many of the programme's
 * mentees (or mentors) are at each status — in the base, awaiting the questionnaire or the consent, left out,
 * withdrawn — and the number in the base proposed as the step's count.
 */
@Component
class BaseFormDisplay implements TaskFormDisplay {

	static final String PROCESS = "participant-bases";

	static final String RECORD_BASE = "recordParticipantBase";

	static final String SUMMARY = "baseSummary";

	private final Participants participants;

	BaseFormDisplay(Participants participants) {
		this.participants = participants;
	}

	@Override
	public boolean shows(String processDefinitionKey, String taskDefinitionKey) {
		return PROCESS.equals(processDefinitionKey) && RECORD_BASE.equals(taskDefinitionKey);
	}

	@Override
	public Map<String, Object> values(FormTask task) {
		Long programmeId = task.get(ProgrammeProcess.Var.PROGRAMME_ID);
		ParticipantRole role = ProgrammeProcess.FORM_MENTOR_BASE.equals(task.get(ProgrammeProcess.Var.PLAN_STEP))
				? ParticipantRole.MENTOR : ParticipantRole.MENTEE;
		Map<ParticipantStatus, Long> counts = new EnumMap<>(ParticipantStatus.class);
		for (ParticipantStatus status : ParticipantStatus.values()) {
			counts.put(status, participants.countByProgrammeIdAndRoleAndStatus(programmeId, role, status));
		}
		String summary = counts.entrySet().stream()
			.map(count -> count.getKey().title() + ": " + count.getValue())
			.collect(Collectors.joining("\n"));
		Map<String, Object> values = new LinkedHashMap<>();
		values.put(SUMMARY, (role == ParticipantRole.MENTOR ? "Наставники" : "Наставляемые") + "\n" + summary);
		values.put(ProgrammeProcess.Field.PARTICIPANT_COUNT, counts.get(ParticipantStatus.IN_BASE));
		return values;
	}
}
