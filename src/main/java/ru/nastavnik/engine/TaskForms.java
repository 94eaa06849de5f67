package ru.nastavnik.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the form of a task shows now, from every capability that fills it. */
@Service
public class TaskForms {

	private final TaskService tasks;

	private final RepositoryService repository;

	private final List<TaskFormDisplay> displays;

	TaskForms(TaskService tasks, RepositoryService repository, List<TaskFormDisplay> displays) {
		this.tasks = tasks;
		this.repository = repository;
		this.displays = displays;
	}

	/** The display values of an open task's form; none for a task that is gone or that no capability fills. */
	@Transactional(readOnly = true)
	public Map<String, Object> shown(String taskId) {
		return task(taskId).map(this::shown).orElse(Map.of());
	}

	private Map<String, Object> shown(FormTask task) {
		Map<String, Object> values = new LinkedHashMap<>();
		displays.stream()
			.filter(display -> display.shows(task.processDefinitionKey(), task.taskDefinitionKey()))
			.forEach(display -> values.putAll(display.values(task)));
		return values;
	}

	private Optional<FormTask> task(String taskId) {
		Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
		if (task == null || task.getProcessDefinitionId() == null) {
			return Optional.empty();
		}
		String processDefinitionKey = repository.getProcessDefinition(task.getProcessDefinitionId()).getKey();
		if (displays.stream().noneMatch(display -> display.shows(processDefinitionKey, task.getTaskDefinitionKey()))) {
			return Optional.empty();
		}
		return Optional.of(new FormTask(task.getId(), processDefinitionKey, task.getTaskDefinitionKey(),
				task.getTenantId(), task.getProcessInstanceId(), tasks.getVariables(taskId)));
	}
}
