package ru.nastavnik.participant;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The side a person takes in a programme of mentoring. */
public enum ParticipantRole {

	MENTEE("наставляемый"),
	MENTOR("наставник");

	private final String title;

	ParticipantRole(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}

	/** The role as a school writes it in a spreadsheet: «наставляемый» or «наставник», in any case. */
	public static Optional<ParticipantRole> ofTitle(String text) {
		String normalised = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(role -> role.title.equals(normalised)).findFirst();
	}
}
