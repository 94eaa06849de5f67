package ru.nastavnik.pairwork;

/** How often the individual plan schedules the pair's regular meetings. */
public enum MeetingCadence {

	WEEKLY(7, "еженедельно"), BIWEEKLY(14, "раз в две недели"), MONTHLY(28, "раз в четыре недели");

	private final int days;

	private final String title;

	MeetingCadence(int days, String title) {
		this.days = days;
		this.title = title;
	}

	/** Days between two regular meetings. */
	public int days() {
		return days;
	}

	public String title() {
		return title;
	}
}
