package ru.nastavnik.certificate;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A numbered document issued to a participant at the programme's end, with the secret code of its public
 * verification page. The participant is forgotten when their consent is revoked; the document stays genuine.
 */
@Entity
public class Certificate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String number;

	private String verificationCode;

	@Enumerated(EnumType.STRING)
	private CertificateKind kind;

	private Long programmeId;

	private Long organisationId;

	private Long participantId;

	private Instant issuedAt;

	private String issuedBy;

	protected Certificate() {
	}

	Certificate(String number, String verificationCode, CertificateKind kind, Long programmeId, Long organisationId,
			Long participantId, Instant issuedAt, String issuedBy) {
		this.number = number;
		this.verificationCode = verificationCode;
		this.kind = kind;
		this.programmeId = programmeId;
		this.organisationId = organisationId;
		this.participantId = participantId;
		this.issuedAt = issuedAt;
		this.issuedBy = issuedBy;
	}

	void forgetParticipant() {
		this.participantId = null;
	}

	public Long getId() {
		return id;
	}

	public String getNumber() {
		return number;
	}

	String getVerificationCode() {
		return verificationCode;
	}

	public CertificateKind getKind() {
		return kind;
	}

	public Long getProgrammeId() {
		return programmeId;
	}

	public Long getOrganisationId() {
		return organisationId;
	}

	public Long getParticipantId() {
		return participantId;
	}

	public Instant getIssuedAt() {
		return issuedAt;
	}

	public String getIssuedBy() {
		return issuedBy;
	}
}
