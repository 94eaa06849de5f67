package ru.nastavnik.pairing;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

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

	private String decidedBy;

	private Instant decidedAt;

	private String returnComment;

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

	void approve(String by, Instant at) {
		this.status = PairingOrderStatus.APPROVED;
		this.decidedBy = by;
		this.decidedAt = at;
	}

	void returnForRework(String comment, String by, Instant at) {
		this.status = PairingOrderStatus.RETURNED;
		this.returnComment = comment;
		this.decidedBy = by;
		this.decidedAt = at;
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

	public String getDecidedBy() {
		return decidedBy;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public String getReturnComment() {
		return returnComment;
	}

	public String getProcessInstanceId() {
		return processInstanceId;
	}
}
