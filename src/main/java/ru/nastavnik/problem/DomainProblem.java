package ru.nastavnik.problem;

/**
 * Something a person asked for cannot be done; the message says why, in Russian, for that person to read. The kind
 * of problem is its class; how it is shown (an HTTP status, a form error) is decided where it is shown.
 */
public abstract class DomainProblem extends RuntimeException {

	protected DomainProblem(String russianMessage) {
		super(russianMessage);
	}
}
