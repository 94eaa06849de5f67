package ru.nastavnik.training;

/** An event of stage IV that people attend. */
enum ProgrammeEventKind {

	TRAINING("обучение наставников"),
	GROUP_MEETING("групповая встреча наставников и наставляемых");

	private final String title;

	ProgrammeEventKind(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}
}
