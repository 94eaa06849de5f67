package ru.nastavnik.time;

import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/** Dates as people read them in Russian documents and mails: 31.05.2026. */
public final class RussianDates {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private RussianDates() {
	}

	public static String format(TemporalAccessor date) {
		return FORMAT.format(date);
	}
}
