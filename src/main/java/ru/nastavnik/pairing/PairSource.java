package ru.nastavnik.pairing;

/** Who put a pair into the proposal. */
enum PairSource {

	SOLVER("подобрана автоматически"),
	WORKING_GROUP("добавлена рабочей группой");

	private final String title;

	PairSource(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}
}
