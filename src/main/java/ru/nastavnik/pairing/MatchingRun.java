package ru.nastavnik.pairing;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One run of the matching: how many took part, how many pairs came out, their total score, how long it took. */
@Entity
class MatchingRun {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long programmeId;

	private int mentees;

	private int mentors;

	private int pairs;

	private long totalScore;

	private long millis;

	private String runBy;

	private Instant runAt;

	protected MatchingRun() {
	}

	MatchingRun(Long programmeId, int mentees, int mentors, int pairs, long totalScore, long millis, String runBy,
			Instant runAt) {
		this.programmeId = programmeId;
		this.mentees = mentees;
		this.mentors = mentors;
		this.pairs = pairs;
		this.totalScore = totalScore;
		this.millis = millis;
		this.runBy = runBy;
		this.runAt = runAt;
	}

	public Long getId() {
		return id;
	}

	public int getMentees() {
		return mentees;
	}

	public int getMentors() {
		return mentors;
	}

	public int getPairs() {
		return pairs;
	}

	public long getTotalScore() {
		return totalScore;
	}

	public long getMillis() {
		return millis;
	}

	public String getRunBy() {
		return runBy;
	}

	public Instant getRunAt() {
		return runAt;
	}
}
