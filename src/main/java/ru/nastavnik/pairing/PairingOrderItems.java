package ru.nastavnik.pairing;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PairingOrderItems extends JpaRepository<PairingOrderItem, PairingOrderItem.Key> {

	List<PairingOrderItem> findByKeyOrderId(Long orderId);
}
