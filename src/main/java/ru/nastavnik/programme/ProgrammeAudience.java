package ru.nastavnik.programme;

import ru.nastavnik.organisation.OrganisationKind;

/** Whom a programme is for: pupils (seed 002) or teaching staff (seeds 003 and 004). */
public enum ProgrammeAudience {

	PUPILS("Программа для обучающихся"), TEACHERS("Программа для педагогов");

	private final String title;

	ProgrammeAudience(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}

	/** A kindergarten's programme is for its teachers; a school's or a college's for its pupils. */
	static ProgrammeAudience usualFor(OrganisationKind kind) {
		return kind == OrganisationKind.KINDERGARTEN ? TEACHERS : PUPILS;
	}
}
