package ru.nastavnik.pairing;

import java.io.Serializable;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A pair an order version puts into effect, or whose early end it records. */
@Entity
class PairingOrderItem {

	@Embeddable
	record Key(Long orderId, Long pairId) implements Serializable {
	}

	@EmbeddedId
	private Key key;

	@Enumerated(EnumType.STRING)
	private OrderItemAction action;

	protected PairingOrderItem() {
	}

	PairingOrderItem(Long orderId, Long pairId, OrderItemAction action) {
		this.key = new Key(orderId, pairId);
		this.action = action;
	}

	Long pairId() {
		return key.pairId();
	}

	OrderItemAction action() {
		return action;
	}
}
