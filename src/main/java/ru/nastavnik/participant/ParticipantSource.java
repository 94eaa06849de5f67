package ru.nastavnik.participant;

/** How a person entered the programme. */
public enum ParticipantSource {

	CURATOR("добавлен куратором"),
	IMPORT("загружен из списка"),
	QUESTIONNAIRE("подал анкету");

	private final String title;

	ParticipantSource(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}
}
