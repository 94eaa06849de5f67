package ru.nastavnik.time;

import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/** Dates as people read them in Russian documents and mails: 31.05.2026, and with the time 31.05.2026 14:05:09. */
public final class RussianDates {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final DateTimeFormatter WITH_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

	private RussianDates() {
	}

	public static String format(TemporalAccessor date) {
		return FORMAT.format(date);
	}

	/** The date and the time of day; the accessor carries the zone the reader lives in, not an Instant. */
	public static String formatWithTime(TemporalAccessor dateTime) {
		return WITH_TIME.format(dateTime);
	}
}
