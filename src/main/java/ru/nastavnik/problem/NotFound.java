package ru.nastavnik.problem;

/** The record does not exist, or is not the person's to see: both read the same. */
public class NotFound extends DomainProblem {

	public NotFound(String russianMessage) {
		super(russianMessage);
	}
}
