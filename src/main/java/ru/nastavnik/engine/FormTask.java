package ru.nastavnik.engine;

import java.util.Map;

/**
 * The task whose form is being read: its keys and tenant, and the variables it sees (its own and its process's),
 * read once.
 */
public record FormTask(String id, String processDefinitionKey, String taskDefinitionKey, String tenantId,
		String processInstanceId, Map<String, Object> variables) {

	public <T> T get(ProcessVariable<T> variable) {
		return variable.from(variables);
	}
}
