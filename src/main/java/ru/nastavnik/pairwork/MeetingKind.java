package ru.nastavnik.pairwork;

/**
 * What a meeting of the pair was: the three first meetings and the last one are roadmap steps (20, 21, 22, 25), each a
 * task of the pair's process; the regular meetings between them are only recorded in the log.
 */
public enum MeetingKind {

	ORGANISATIONAL("Организационная встреча"), TRIAL("Пробная рабочая встреча"), PLANNING("Встреча-планирование"),
	REGULAR("Регулярная встреча"), FINAL("Заключительная встреча");

	private final String title;

	MeetingKind(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}
}
