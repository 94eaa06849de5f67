package ru.nastavnik.programme;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An academic year such as «2026/2027»; it starts on September 1 of its first year. */
record AcademicYear(int firstYear) {

	private static final Pattern FORMAT = Pattern.compile("(\\d{4})/(\\d{4})");

	static AcademicYear parse(String text) {
		Matcher matcher = FORMAT.matcher(text == null ? "" : text.strip());
		if (!matcher.matches()) {
			throw new IllegalArgumentException("Учебный год указывается как «2026/2027»");
		}
		int first = Integer.parseInt(matcher.group(1));
		if (Integer.parseInt(matcher.group(2)) != first + 1) {
			throw new IllegalArgumentException("Учебный год должен охватывать два соседних года, например «2026/2027»");
		}
		return new AcademicYear(first);
	}

	/** The year a school works on the day: from July on, the one starting that September. */
	static AcademicYear runningOn(LocalDate day) {
		return new AcademicYear(day.getMonthValue() >= Month.JULY.getValue() ? day.getYear() : day.getYear() - 1);
	}

	LocalDate startsOn() {
		return LocalDate.of(firstYear, Month.SEPTEMBER, 1);
	}

	@Override
	public String toString() {
		return firstYear + "/" + (firstYear + 1);
	}
}
