package ru.nastavnik.engine;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * One process variable: its name and its type, declared once in its process's class and used by delegates,
 * listeners, services and tests alike, so no variable name is spelled twice and no caller casts what it reads.
 * A value reads back as its declared type however the engine or a client stored it (a number sent by a form as an
 * integer is still a {@code Long} id; an enum is stored by name, so the history shows a word, not a serialized
 * object).
 *
 * @param <T> the type callers see
 */
public final class ProcessVariable<T> {

	private final String name;

	private final Function<Object, T> reader;

	private final Function<T, Object> writer;

	private ProcessVariable(String name, Function<Object, T> reader, Function<T, Object> writer) {
		this.name = name;
		this.reader = reader;
		this.writer = writer;
	}

	/**
	 * An id of a business record ({@code programmeId}, {@code pairId}…). A form may submit anything under the name;
	 * a value that is no number names no record and reads as none, which the step then refuses.
	 */
	public static ProcessVariable<Long> id(String name) {
		return new ProcessVariable<>(name, ProcessVariable::number, value -> value);
	}

	private static Long number(Object raw) {
		if (raw instanceof Number number) {
			return number.longValue();
		}
		try {
			return Long.valueOf(raw.toString().strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	/** A yes-or-no decision a gateway routes by. */
	public static ProcessVariable<Boolean> flag(String name) {
		return new ProcessVariable<>(name, raw -> raw instanceof Boolean value ? value
				: Boolean.valueOf(raw.toString().strip()), value -> value);
	}

	/** A count a gateway routes by (meetings missed in a row…). */
	public static ProcessVariable<Integer> count(String name) {
		return new ProcessVariable<>(name, raw -> raw instanceof Number number ? number.intValue()
				: Integer.valueOf(raw.toString().strip()), value -> value);
	}

	/** A word: a login, a step's key, a decision's value. */
	public static ProcessVariable<String> text(String name) {
		return new ProcessVariable<>(name, Object::toString, value -> value);
	}

	public static ProcessVariable<Date> instant(String name) {
		return new ProcessVariable<>(name, raw -> (Date) raw, value -> value);
	}

	/** A calendar date, stored as ГГГГ-ММ-ДД text (as forms submit dates), so the history shows it as written. */
	public static ProcessVariable<LocalDate> date(String name) {
		return new ProcessVariable<>(name, raw -> raw instanceof LocalDate date ? date
				: LocalDate.parse(raw.toString().strip()), LocalDate::toString);
	}

	/** One of an enum's constants, stored by its name. */
	public static <E extends Enum<E>> ProcessVariable<E> choice(String name, Class<E> type) {
		return new ProcessVariable<>(name, raw -> type.isInstance(raw) ? type.cast(raw)
				: Enum.valueOf(type, raw.toString().strip()), Enum::name);
	}

	/** A value only the engine reads (a decision's collected result, a timer's date as text). */
	public static ProcessVariable<Object> raw(String name) {
		return new ProcessVariable<>(name, raw -> raw, value -> value);
	}

	public String name() {
		return name;
	}

	/** The value in the scope or any scope above it; {@code null} if none is set. */
	public T from(VariableScope scope) {
		return read(scope.getVariable(name));
	}

	/** The value a process cannot run without: missing, it is a broken process (an incident), not a person's error. */
	public T requiredFrom(VariableScope scope) {
		T value = from(scope);
		if (value == null) {
			throw new IllegalStateException("В процессе нет переменной " + name);
		}
		return value;
	}

	public T from(Map<String, ?> variables) {
		return variables == null ? null : read(variables.get(name));
	}

	/** The value a task sees (its own or its process's), read through the engine's API. */
	public T from(TaskService tasks, String taskId) {
		return read(tasks.getVariable(taskId, name));
	}

	/** The value an execution sees, read through the engine's API. */
	public T from(RuntimeService runtime, String executionId) {
		return read(runtime.getVariable(executionId, name));
	}

	public void set(VariableScope scope, T value) {
		scope.setVariable(name, write(value));
	}

	public void setLocal(VariableScope scope, T value) {
		scope.setVariableLocal(name, write(value));
	}

	public void remove(VariableScope scope) {
		scope.removeVariable(name);
	}

	/** Puts the value into variables for a process start, a message or a completion. */
	public Map<String, Object> put(Map<String, Object> variables, T value) {
		variables.put(name, write(value));
		return variables;
	}

	private T read(Object raw) {
		return raw == null ? null : reader.apply(raw);
	}

	private Object write(T value) {
		return value == null ? null : writer.apply(value);
	}

	@Override
	public String toString() {
		return name;
	}
}
