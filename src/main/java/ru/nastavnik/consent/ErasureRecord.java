package ru.nastavnik.consent;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A kept erasure act: its number, date and reason, and the signed-ready PDF with the extract of the event log. It
 * refers to the participant by number only; whom it concerned is erased with everything else.
 */
@Entity
@Table(name = "erasure_act")
public class ErasureRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long organisationId;

	private Long programmeId;

	private Long participantId;

	private String number;

	private LocalDate actDate;

	private String reason;

	private int recordsErased;

	private byte[] document;

	private String createdBy;

	private Instant createdAt;

	protected ErasureRecord() {
	}

	ErasureRecord(Long organisationId, Long programmeId, Long participantId, String number, LocalDate actDate,
			String reason, int recordsErased, byte[] document, String createdBy, Instant createdAt) {
		this.organisationId = organisationId;
		this.programmeId = programmeId;
		this.participantId = participantId;
		this.number = number;
		this.actDate = actDate;
		this.reason = reason;
		this.recordsErased = recordsErased;
		this.document = document;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return id;
	}

	public Long getOrganisationId() {
		return organisationId;
	}

	public Long getProgrammeId() {
		return programmeId;
	}

	public Long getParticipantId() {
		return participantId;
	}

	public String getNumber() {
		return number;
	}

	public LocalDate getActDate() {
		return actDate;
	}

	public String getReason() {
		return reason;
	}

	public int getRecordsErased() {
		return recordsErased;
	}

	public byte[] getDocument() {
		return document;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
