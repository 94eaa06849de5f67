package ru.nastavnik.participant;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Component;
import ru.nastavnik.tasklist.TaskListLabel;

/** Names the participant of each task of their own enrolment in Tasklist's list by number only: «№ 42». */
@Component
class ParticipantTaskLabel implements TaskListLabel {

	private final RuntimeService runtime;

	ParticipantTaskLabel(RuntimeService runtime) {
		this.runtime = runtime;
	}

	@Override
	public String variable() {
		return PARTICIPANT;
	}

	@Override
	public Map<String, String> of(Collection<String> processInstanceIds) {
		Map<String, String> labels = new HashMap<>();
		if (processInstanceIds.isEmpty()) {
			return labels;
		}
		for (VariableInstance variable : runtime.createVariableInstanceQuery()
			.processInstanceIdIn(processInstanceIds.toArray(String[]::new))
			.variableName(EnrolmentProcess.Var.PARTICIPANT_ID.name())
			.list()) {
			if (variable.getValue() instanceof Number number) {
				labels.put(variable.getProcessInstanceId(), "№ " + number.longValue());
			}
		}
		return labels;
	}
}
