package ru.nastavnik.pairing;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The psychologist's word on a mentor and a mentee together; the latest note counts. */
@Entity
class CompatibilityNote {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long programmeId;

	private Long mentorId;

	private Long menteeId;

	private boolean compatible;

	private String comment;

	private String notedBy;

	private Instant notedAt;

	protected CompatibilityNote() {
	}

	CompatibilityNote(Long programmeId, Long mentorId, Long menteeId, boolean compatible, String comment,
			String notedBy, Instant notedAt) {
		this.programmeId = programmeId;
		this.mentorId = mentorId;
		this.menteeId = menteeId;
		this.compatible = compatible;
		this.comment = comment;
		this.notedBy = notedBy;
		this.notedAt = notedAt;
	}

	void eraseComment() {
		this.comment = null;
	}

	public Long getMentorId() {
		return mentorId;
	}

	public Long getMenteeId() {
		return menteeId;
	}

	public boolean isCompatible() {
		return compatible;
	}

	public String getComment() {
		return comment;
	}

	public String getNotedBy() {
		return notedBy;
	}

	public Instant getNotedAt() {
		return notedAt;
	}
}
