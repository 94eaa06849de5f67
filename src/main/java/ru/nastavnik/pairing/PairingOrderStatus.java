package ru.nastavnik.pairing;

/** Where a version of the director's order stands. */
enum PairingOrderStatus {

	DRAFT("проект на утверждении у руководителя"),
	RETURNED("возвращён на доработку"),
	APPROVED("утверждён");

	private final String title;

	PairingOrderStatus(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}
}
