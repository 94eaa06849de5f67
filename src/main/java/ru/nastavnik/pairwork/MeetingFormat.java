package ru.nastavnik.pairwork;

/** How a pair met. */
public enum MeetingFormat {

	IN_PERSON("очно"), ONLINE("онлайн"), MIXED("смешанный формат");

	private final String title;

	MeetingFormat(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}
}
