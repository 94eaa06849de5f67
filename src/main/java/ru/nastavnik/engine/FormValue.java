package ru.nastavnik.engine;

import java.util.Collection;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A display value as the engine's REST API writes a variable: typed, so Tasklist reads it as it reads the engine's
 * own (a list is JSON, which form-js takes for a {@code valuesKey}).
 */
record FormValue(String type, Object value, Map<String, Object> valueInfo) {

	static FormValue of(Object value, ObjectMapper json) {
		if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
			try {
				return new FormValue("Json", json.writeValueAsString(value), Map.of());
			}
			catch (JsonProcessingException e) {
				throw new IllegalStateException("Значение формы не записывается в JSON", e);
			}
		}
		if (value instanceof Long || value instanceof Integer) {
			return new FormValue(value instanceof Long ? "Long" : "Integer", value, Map.of());
		}
		if (value instanceof Boolean) {
			return new FormValue("Boolean", value, Map.of());
		}
		return value == null ? new FormValue("Null", null, Map.of())
				: new FormValue("String", value.toString(), Map.of());
	}
}
