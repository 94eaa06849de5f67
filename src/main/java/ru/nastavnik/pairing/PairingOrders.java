package ru.nastavnik.pairing;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PairingOrders extends JpaRepository<PairingOrder, Long> {

	/** Every version of the programme's orders, without their documents. */
	@Query("select new ru.nastavnik.pairing.PairingOrders$Version(o.id, o.kind, o.number, o.version, o.status, "
			+ "o.orderDate, o.draftedBy, o.draftedAt, o.approval.decidedBy, o.approval.decidedAt, o.approval.comment) "
			+ "from PairingOrder o where o.programmeId = ?1 order by o.id")
	List<Version> versions(Long programmeId);

	Optional<PairingOrder> findFirstByProgrammeIdAndStatusOrderByIdDesc(Long programmeId, PairingOrderStatus status);

	Optional<PairingOrder> findFirstByProcessInstanceIdOrderByVersionDesc(String processInstanceId);

	List<PairingOrder> findByProgrammeIdAndStatusNot(Long programmeId, PairingOrderStatus status);

	/**
	 * Whether an approved order of the programme is still taking effect: the director has decided, and its proposed
	 * pairs wait for the job that puts them into effect.
	 */
	@Query("select count(i) > 0 from PairingOrderItem i, PairingOrder o, MentoringPair p where i.key.orderId = o.id "
			+ "and i.key.pairId = p.id and o.programmeId = ?1 and o.status = ru.nastavnik.pairing.PairingOrderStatus.APPROVED "
			+ "and i.action = ru.nastavnik.pairing.OrderItemAction.ADD and p.status = ru.nastavnik.pairing.PairStatus.PROPOSED")
	boolean takingEffect(Long programmeId);

	@Query("select count(distinct o.number) from PairingOrder o where o.organisationId = ?1 and o.number like ?2")
	long countNumbers(Long organisationId, String numberPattern);

	/** A version as the list of versions shows it. */
	record Version(Long id, PairingOrderKind kind, String number, int version, PairingOrderStatus status,
			java.time.LocalDate orderDate, String draftedBy, java.time.Instant draftedAt, String decidedBy,
			java.time.Instant decidedAt, String returnComment) {
	}
}
