package ru.nastavnik.pairwork;

/** What of a goal of the individual plan the pair reached, as the final meeting assesses it. */
public enum GoalOutcome {

	REACHED("достигнута"), PARTLY("достигнута частично"), NOT_REACHED("не достигнута");

	private final String title;

	GoalOutcome(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}
}
