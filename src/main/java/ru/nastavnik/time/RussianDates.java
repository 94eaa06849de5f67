package ru.nastavnik.time;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Dates as people read them in Russian documents and mails: 31.05.2026, with the time 31.05.2026 14:05:09, and as an
 * order is dated, «31» мая 2026 г.
 */
public final class RussianDates {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final DateTimeFormatter WITH_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

	/** Russian months in the genitive, as the format (not the standalone) form of «MMMM» gives them. */
	private static final DateTimeFormatter IN_WORDS = DateTimeFormatter.ofPattern("«dd» MMMM yyyy 'г.'",
			Locale.forLanguageTag("ru"));

	/** Where a moment is shown when it belongs to no organisation (a mail to the system's administrator). */
	public static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

	private RussianDates() {
	}

	public static String format(TemporalAccessor date) {
		return FORMAT.format(date);
	}

	/** The date and the time of day where the reader lives (a moment without its zone is refused at compile time). */
	public static String formatWithTime(ZonedDateTime dateTime) {
		return WITH_TIME.format(dateTime);
	}

	/** A moment as the people of an organisation read it: its date and time in their zone, 31.05.2026 14:05:09. */
	public static String formatWithTime(Instant moment, ZoneId zone) {
		return WITH_TIME.format(moment.atZone(zone));
	}

	/** «01» сентября 2026 г., the month in words, as orders and letters are dated. */
	public static String formatInWords(TemporalAccessor date) {
		return IN_WORDS.format(date);
	}
}
