package ru.nastavnik.pairing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import ru.nastavnik.approval.Approval;
import ru.nastavnik.problem.StateConflict;

/**
 * One version of the director's order. A return makes a new version under the same number; every version is kept
 * with who decided what, when and why.
 */
@Entity
public class PairingOrder {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long programmeId;

	private Long organisationId;

	@Enumerated(EnumType.STRING)
	private PairingOrderKind kind;

	private String number;

	private int version;

	@Enumerated(EnumType.STRING)
	private PairingOrderStatus status;

	private LocalDate orderDate;

	private String curator;

	@Basic(fetch = FetchType.LAZY)
	private byte[] document;

	private String draftedBy;

	private Instant draftedAt;

	/** The director's decision on this version; all empty while it awaits them. */
	@Embedded
	@AttributeOverride(name = "comment", column = @Column(name = "return_comment"))
	private Approval approval;

	private String processInstanceId;

	protected PairingOrder() {
	}

	PairingOrder(Long programmeId, Long organisationId, PairingOrderKind kind, String number, int version,
			LocalDate orderDate, String curator, String draftedBy, Instant draftedAt, String processInstanceId) {
		this.programmeId = programmeId;
		this.organisationId = organisationId;
		this.kind = kind;
		this.number = number;
		this.version = version;
		this.status = PairingOrderStatus.DRAFT;
		this.orderDate = orderDate;
		this.curator = curator;
		this.draftedBy = draftedBy;
		this.draftedAt = draftedAt;
		this.processInstanceId = processInstanceId;
	}

	void attach(byte[] document) {
		this.document = document;
	}

	/** Only the version awaiting the director is decided, once; a returned order comes back as a new version. */
	void decide(Approval decision) {
		if (status != PairingOrderStatus.DRAFT) {
			throw new StateConflict("По версии " + version + " приказа № " + number + " решение уже принято");
		}
		this.approval = decision;
		this.status = decision.isApproved() ? PairingOrderStatus.APPROVED : PairingOrderStatus.RETURNED;
	}

	public Long getId() {
		return id;
	}

	public Long getProgrammeId() {
		return programmeId;
	}

	public Long getOrganisationId() {
		return organisationId;
	}

	public PairingOrderKind getKind() {
		return kind;
	}

	public String getNumber() {
		return number;
	}

	public int getVersion() {
		return version;
	}

	public PairingOrderStatus getStatus() {
		return status;
	}

	public LocalDate getOrderDate() {
		return orderDate;
	}

	public String getCurator() {
		return curator;
	}

	public byte[] getDocument() {
		return document;
	}

	public String getDraftedBy() {
		return draftedBy;
	}

	public Instant getDraftedAt() {
		return draftedAt;
	}

	/** The director's decision, or none while the version awaits it. */
	public Optional<Approval> getApproval() {
		return approval != null && approval.isTaken() ? Optional.of(approval) : Optional.empty();
	}

	public String getProcessInstanceId() {
		return processInstanceId;
	}
}
