package ru.nastavnik.pairwork;

/** Who of the pair came to the meeting. */
public enum MeetingAttendance {

	BOTH("наставник и наставляемый"), MENTEE_ABSENT("наставляемый не пришёл"), MENTOR_ABSENT("наставник не пришёл");

	private final String title;

	MeetingAttendance(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}

	/** Whether the meeting took place: both were there. */
	public boolean held() {
		return this == BOTH;
	}
}
