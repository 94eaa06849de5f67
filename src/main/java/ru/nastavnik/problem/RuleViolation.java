package ru.nastavnik.problem;

/** Well-formed, but a business rule forbids it (a parent mentoring their own child, no valid consent…). */
public class RuleViolation extends DomainProblem {

	public RuleViolation(String russianMessage) {
		super(russianMessage);
	}
}
