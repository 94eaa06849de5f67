package ru.nastavnik.problem;

/** Not now: the record is in a state that does not allow it (already decided, awaiting the director…). */
public class StateConflict extends DomainProblem {

	public StateConflict(String russianMessage) {
		super(russianMessage);
	}
}
