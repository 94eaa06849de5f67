package ru.nastavnik.consent;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import ru.nastavnik.participant.ParticipantDataErasure;
import ru.nastavnik.problem.RuleViolation;
import ru.nastavnik.problem.StateConflict;

/**
 * A written consent received on paper: for one purpose, signed by the subject or, for a minor, by the legal
 * representative; valid from the day it was received until its term or its revocation.
 */
@Entity
public class Consent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long participantId;

	@Enumerated(EnumType.STRING)
	private ConsentPurpose purpose;

	private boolean signedByRepresentative;

	private LocalDate receivedOn;

	private LocalDate validUntil;

	/** Where the signed paper is: a register number, a folder… */
	private String paperReference;

	private String acceptedBy;

	private Instant recordedAt;

	private LocalDate revokedOn;

	private String revokedBy;

	private Instant revokedAt;

	protected Consent() {
	}

	Consent(Long participantId, ConsentPurpose purpose, boolean signedByRepresentative, LocalDate receivedOn,
			LocalDate validUntil, String paperReference, String acceptedBy, Instant recordedAt) {
		this.participantId = participantId;
		this.purpose = purpose;
		this.signedByRepresentative = signedByRepresentative;
		this.receivedOn = receivedOn;
		this.validUntil = validUntil;
		this.paperReference = paperReference;
		this.acceptedBy = acceptedBy;
		this.recordedAt = recordedAt;
	}

	public boolean validOn(LocalDate day) {
		return revokedOn == null && !day.isBefore(receivedOn) && !day.isAfter(validUntil);
	}

	/** A consent is revoked once, and not before it was received. */
	void revoke(LocalDate on, String by, Instant at) {
		if (revokedOn != null) {
			throw new StateConflict("Согласие № " + number() + " уже отозвано");
		}
		if (on.isBefore(receivedOn)) {
			throw new RuleViolation("Согласие не может быть отозвано раньше, чем получено");
		}
		this.revokedOn = on;
		this.revokedBy = by;
		this.revokedAt = at;
	}

	/** The reference may name the person («папка Иванова»); after erasure only the consent's number remains. */
	void erasePaperReference() {
		this.paperReference = ParticipantDataErasure.MASK;
	}

	/** The number printed on the blank and kept with the consent: year, participant, purpose (О — обработка, Р — распространение). */
	public String number() {
		return number(receivedOn.getYear(), participantId, purpose);
	}

	static String number(int year, Long participantId, ConsentPurpose purpose) {
		return "С-" + year + "-" + String.format("%06d", participantId) + "-"
				+ (purpose == ConsentPurpose.PROCESSING ? "О" : "Р");
	}

	public Long getId() {
		return id;
	}

	public Long getParticipantId() {
		return participantId;
	}

	public ConsentPurpose getPurpose() {
		return purpose;
	}

	public boolean isSignedByRepresentative() {
		return signedByRepresentative;
	}

	public LocalDate getReceivedOn() {
		return receivedOn;
	}

	public LocalDate getValidUntil() {
		return validUntil;
	}

	public String getPaperReference() {
		return paperReference;
	}

	public String getAcceptedBy() {
		return acceptedBy;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

	public LocalDate getRevokedOn() {
		return revokedOn;
	}

	public String getRevokedBy() {
		return revokedBy;
	}

	public Instant getRevokedAt() {
		return revokedAt;
	}
}
