package ru.nastavnik.feedback;

/** How a participant's answers came: through the mailed link, in Tasklist, or on paper typed in for them. */
public enum AnswerChannel {

	LINK("по ссылке из письма"), TASKLIST("в списке задач"), PAPER("на бумаге");

	private final String title;

	AnswerChannel(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}
}
