package ru.nastavnik.programme;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.tasklist.TaskListLabel;

/**
 * Names the programme of each task in Tasklist's list — «МБОУ СШ №3 г. Лысково · 2026/2027» — by the programme id
 * its process (or the process it was called from) holds.
 */
@Component
class ProgrammeTaskLabel implements TaskListLabel {

	private final RuntimeService runtime;

	private final Programmes programmes;

	ProgrammeTaskLabel(RuntimeService runtime, Programmes programmes) {
		this.runtime = runtime;
		this.programmes = programmes;
	}

	@Override
	public String variable() {
		return PROGRAMME;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, String> of(Collection<String> processInstanceIds) {
		Set<String> ids = new HashSet<>(processInstanceIds);
		Map<String, String> roots = new HashMap<>();
		for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceIds(ids).list()) {
			roots.put(instance.getId(), instance.getRootProcessInstanceId());
		}
		Set<String> asked = new HashSet<>(ids);
		asked.addAll(roots.values());
		Map<String, Long> programmeOf = new HashMap<>();
		for (VariableInstance variable : runtime.createVariableInstanceQuery()
			.processInstanceIdIn(asked.toArray(String[]::new))
			.variableName(ProgrammeProcess.Var.PROGRAMME_ID.name())
			.list()) {
			if (variable.getValue() instanceof Number number) {
				programmeOf.putIfAbsent(variable.getProcessInstanceId(), number.longValue());
			}
		}
		Map<Long, Optional<String>> titles = new HashMap<>();
		Map<String, String> labels = new HashMap<>();
		for (String id : ids) {
			Long programmeId = programmeOf.containsKey(id) ? programmeOf.get(id) : programmeOf.get(roots.get(id));
			if (programmeId != null) {
				titles.computeIfAbsent(programmeId, key -> programmes.findById(key)
					.map(programme -> programme.getOrganisation().getName() + " · " + programme.getAcademicYear()))
					.ifPresent(title -> labels.put(id, title));
			}
		}
		return labels;
	}
}
