package ru.nastavnik.problem;

/** The record existed but its data are gone for good (erased after a revoked consent). */
public class NoLongerAvailable extends DomainProblem {

	public NoLongerAvailable(String russianMessage) {
		super(russianMessage);
	}
}
