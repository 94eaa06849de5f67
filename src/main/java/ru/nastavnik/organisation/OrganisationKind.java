package ru.nastavnik.organisation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

public enum OrganisationKind {

	SCHOOL("Школа"), COLLEGE("Колледж"), KINDERGARTEN("Детский сад"),
	/**
	 * A municipality's education authority: its people are the municipality's administrators and curators, and it
	 * runs the municipal roadmap over the municipality's organisations.
	 */
	AUTHORITY("Орган управления образованием");

	/** The kinds that run programmes of mentoring: every kind but an authority. */
	public boolean runsProgrammes() {
		return this != AUTHORITY;
	}

	/** The kinds as a person is asked to name one. */
	static final String HINT = Arrays.stream(values())
		.filter(OrganisationKind::runsProgrammes)
		.map(kind -> "«" + kind.title.toLowerCase(Locale.ROOT) + "»")
		.collect(Collectors.joining(", ", "", ""))
		.replaceFirst(", («[^«]+»)$", " или $1");

	private final String title;

	OrganisationKind(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}

	/** The kind a person wrote in words: any case, spaces collapsed. */
	static Optional<OrganisationKind> ofTitle(String text) {
		String written = text.strip().replaceAll("\\s+", " ");
		return Arrays.stream(values()).filter(kind -> kind.title.equalsIgnoreCase(written)).findFirst();
	}
}
