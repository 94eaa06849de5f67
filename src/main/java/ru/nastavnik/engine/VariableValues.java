package ru.nastavnik.engine;

import java.util.HashMap;
import java.util.Map;

/** Typed values for a process start, a message or a completion: each stored as its variable declares. */
public final class VariableValues {

	private final Map<String, Object> values = new HashMap<>();

	private VariableValues() {
	}

	public static <T> VariableValues of(ProcessVariable<T> variable, T value) {
		return new VariableValues().and(variable, value);
	}

	public <T> VariableValues and(ProcessVariable<T> variable, T value) {
		variable.put(values, value);
		return this;
	}

	public Map<String, Object> asMap() {
		return values;
	}
}
