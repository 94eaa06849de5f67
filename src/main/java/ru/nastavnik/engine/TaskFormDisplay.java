package ru.nastavnik.engine;

import java.util.Map;

/**
 * What a task's form shows beyond the engine's ids and decisions — a person's name, a questionnaire's summary, the
 * people a checklist offers — computed from the domain each time the form is read and never stored in the engine,
 * so the engine's tables and history hold no personal data and erasure has nothing there to find. Each capability
 * declares the forms it fills.
 */
public interface TaskFormDisplay {

	/** Whether it fills the form of this task. */
	boolean shows(String processDefinitionKey, String taskDefinitionKey);

	/**
	 * The values by form field, read now: text, numbers, yes-or-no, or a list of {@link FormOption} for a field
	 * whose {@code valuesKey} names it.
	 */
	Map<String, Object> values(FormTask task);
}
