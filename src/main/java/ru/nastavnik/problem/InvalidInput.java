package ru.nastavnik.problem;

/** What was submitted cannot be accepted as it is: a field missing, malformed or out of range. */
public class InvalidInput extends DomainProblem {

	public InvalidInput(String russianMessage) {
		super(russianMessage);
	}
}
