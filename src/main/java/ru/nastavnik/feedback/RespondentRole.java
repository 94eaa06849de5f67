package ru.nastavnik.feedback;

/** Which side of the pair answers: the questionnaire asks about the relationship with the other. */
public enum RespondentRole {

	MENTEE("наставляемый", "Наставляемые", "с наставником"), MENTOR("наставник", "Наставники", "с наставляемым");

	private final String title;

	private final String plural;

	private final String withOther;

	RespondentRole(String title, String plural, String withOther) {
		this.title = title;
		this.plural = plural;
		this.withOther = withOther;
	}

	public String title() {
		return title;
	}

	/** «Наставляемые», «Наставники»: the role's people as a heading names them. */
	public String plural() {
		return plural;
	}

	/** «с наставником» or «с наставляемым», as the relationship's question ends. */
	public String withOther() {
		return withOther;
	}
}
