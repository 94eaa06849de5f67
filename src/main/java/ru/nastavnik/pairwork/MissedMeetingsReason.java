package ru.nastavnik.pairwork;

/** Why a pair did not meet on its schedule, as the curator or the working group found out. */
public enum MissedMeetingsReason {

	ILLNESS("болезнь наставника или наставляемого"), HOLIDAYS("каникулы, отпуск"),
	SCHEDULE("не совпало расписание"), NO_CONTACT("нет связи с участником"), CONFLICT("конфликт в паре"),
	NOT_RECORDED("встречи были, но не записаны в журнал"), OTHER("другая причина");

	private final String title;

	MissedMeetingsReason(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}
}
