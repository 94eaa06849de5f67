package ru.nastavnik.pairing;

/** Where a pair stands: proposed to the working group, in effect by the director's order, ended early, or
 * completed at the end of its term. */
public enum PairStatus {

	PROPOSED("предложена"),
	REMOVED("исключена из предложения"),
	ACTIVE("действует"),
	ENDED("прекращена досрочно"),
	COMPLETED("работа завершена в срок");

	private final String title;

	PairStatus(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}
}
