package ru.nastavnik.pairing;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A mentee the latest run left without a mentor, and why, in Russian. */
@Entity
class UnmatchedMentee {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long programmeId;

	private Long menteeId;

	private String reason;

	private Long runId;

	protected UnmatchedMentee() {
	}

	UnmatchedMentee(Long programmeId, Long menteeId, String reason, Long runId) {
		this.programmeId = programmeId;
		this.menteeId = menteeId;
		this.reason = reason.length() > 1000 ? reason.substring(0, 999) + "…" : reason;
		this.runId = runId;
	}

	public Long getMenteeId() {
		return menteeId;
	}

	public String getReason() {
		return reason;
	}
}
