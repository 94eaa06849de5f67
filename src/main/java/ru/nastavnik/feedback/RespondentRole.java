package ru.nastavnik.feedback;

/** Which side of the pair answers: the questionnaire asks about the relationship with the other. */
public enum RespondentRole {

	MENTOR("наставник", "с наставляемым"), MENTEE("наставляемый", "с наставником");

	private final String title;

	private final String withOther;

	RespondentRole(String title, String withOther) {
		this.title = title;
		this.withOther = withOther;
	}

	public String title() {
		return title;
	}

	/** «с наставником» or «с наставляемым», as the relationship's question ends. */
	public String withOther() {
		return withOther;
	}
}
