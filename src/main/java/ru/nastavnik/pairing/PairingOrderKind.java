package ru.nastavnik.pairing;

/** What a director's order on pairs does: fixes the pairs and groups of a programme, or changes who is in them. */
enum PairingOrderKind {

	PAIRING("О закреплении наставнических пар (групп)"),
	AMENDING("О внесении изменений в состав наставнических пар (групп)");

	private final String title;

	PairingOrderKind(String title) {
		this.title = title;
	}

	/** What the order is about, as its title reads. */
	public String title() {
		return title;
	}
}
