package ru.nastavnik.engine;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The variables a capability's processes keep: ids and decisions, declared in each process's class. Anything else a
 * form submits is input for one step — read, checked and written to the business data by the step — and the
 * engine keeps none of it: not after the step, not in its history.
 */
public interface DeclaredVariables {

	Set<String> names();

	/** Every {@link ProcessVariable} declared as a static field of the classes (a process's {@code Var}). */
	static Set<String> declaredIn(Class<?>... holders) {
		return Arrays.stream(holders)
			.flatMap(holder -> Arrays.stream(holder.getDeclaredFields()))
			.filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == ProcessVariable.class)
			.map(DeclaredVariables::name)
			.collect(Collectors.toUnmodifiableSet());
	}

	private static String name(Field field) {
		try {
			return ((ProcessVariable<?>) field.get(null)).name();
		}
		catch (IllegalAccessException e) {
			throw new IllegalStateException("Переменная процесса " + field + " недоступна", e);
		}
	}
}
