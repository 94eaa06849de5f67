package ru.nastavnik.pairwork;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** What the curator (or, after two misses in a row, the working group) found out about a pair's missed meetings. */
@Entity
public class MissedMeetingsInquiry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long pairId;

	private Long programmeId;

	private int missedCount;

	private LocalDate lastHeldOn;

	@Enumerated(EnumType.STRING)
	private MissedMeetingsReason reason;

	private String comment;

	private String answeredBy;

	private Instant answeredAt;

	protected MissedMeetingsInquiry() {
	}

	MissedMeetingsInquiry(Long pairId, Long programmeId, int missedCount, LocalDate lastHeldOn,
			MissedMeetingsReason reason, String comment, String answeredBy, Instant answeredAt) {
		this.pairId = pairId;
		this.programmeId = programmeId;
		this.missedCount = missedCount;
		this.lastHeldOn = lastHeldOn;
		this.reason = reason;
		this.comment = comment;
		this.answeredBy = answeredBy;
		this.answeredAt = answeredAt;
	}

	/** What was found out may name the person: it goes with their data; the reason stays. */
	void eraseComment() {
		this.comment = null;
	}

	public Long getPairId() {
		return pairId;
	}

	public int getMissedCount() {
		return missedCount;
	}

	public LocalDate getLastHeldOn() {
		return lastHeldOn;
	}

	public MissedMeetingsReason getReason() {
		return reason;
	}

	public String getComment() {
		return comment;
	}

	public String getAnsweredBy() {
		return answeredBy;
	}

	public Instant getAnsweredAt() {
		return answeredAt;
	}
}
