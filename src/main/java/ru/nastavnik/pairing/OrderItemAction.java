package ru.nastavnik.pairing;

/** What an order does with a pair. */
enum OrderItemAction {

	ADD("закрепить"),
	END("прекратить");

	private final String title;

	OrderItemAction(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}
}
