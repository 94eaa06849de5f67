package ru.nastavnik.organisation;

public enum OrganisationKind {

	SCHOOL("Школа"), COLLEGE("Колледж"), KINDERGARTEN("Детский сад");

	private final String title;

	OrganisationKind(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}
}
