package ru.nastavnik.problem;

/** The person's role does not allow it, though the record is theirs to see. */
public class NotPermitted extends DomainProblem {

	public NotPermitted(String russianMessage) {
		super(russianMessage);
	}
}
