package ru.nastavnik.participant;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** ТК РФ ст. 351.8: an employee mentors with their written consent and under an addendum to the labour contract. */
@Entity
class StaffMentorAgreement {

	@Id
	private Long participantId;

	private String consentReference;

	private LocalDate consentDate;

	private String addendumNumber;

	private LocalDate addendumDate;

	private String recordedBy;

	private Instant recordedAt;

	protected StaffMentorAgreement() {
	}

	StaffMentorAgreement(Long participantId, String consentReference, LocalDate consentDate, String addendumNumber,
			LocalDate addendumDate, String recordedBy, Instant recordedAt) {
		this.participantId = participantId;
		this.consentReference = consentReference;
		this.consentDate = consentDate;
		this.addendumNumber = addendumNumber;
		this.addendumDate = addendumDate;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public String getConsentReference() {
		return consentReference;
	}

	public LocalDate getConsentDate() {
		return consentDate;
	}

	public String getAddendumNumber() {
		return addendumNumber;
	}

	public LocalDate getAddendumDate() {
		return addendumDate;
	}
}
