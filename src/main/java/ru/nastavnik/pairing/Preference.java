package ru.nastavnik.pairing;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import ru.nastavnik.pairing.matching.Matching;

/**
 * Whom a participant would prefer after the group meeting (roadmap step 17): a mentee ranks mentors, a mentor ranks
 * mentees; rank 1 is the most preferred, 3 the least. Matching input.
 */
@Entity
public class Preference {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long programmeId;

	private Long participantId;

	private Long preferredId;

	@Column(name = "preference_rank")
	private int rank;

	private String recordedBy;

	private Instant recordedAt;

	protected Preference() {
	}

	Preference(Long programmeId, Long participantId, Long preferredId, int rank, String recordedBy, Instant recordedAt) {
		this.programmeId = programmeId;
		this.participantId = participantId;
		this.preferredId = preferredId;
		this.rank = rank;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public Long getId() {
		return id;
	}

	public Long getProgrammeId() {
		return programmeId;
	}

	/** Who answered the questionnaire. */
	public Long getParticipantId() {
		return participantId;
	}

	/** Whom they would prefer. */
	public Long getPreferredId() {
		return preferredId;
	}

	/** 1 (most preferred) to 3. */
	public int getRank() {
		return rank;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}
}
