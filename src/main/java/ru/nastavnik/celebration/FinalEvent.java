package ru.nastavnik.celebration;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The programme's final event, as the invitations announced it: when, where, by whom invited. */
@Entity
public class FinalEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long programmeId;

	private Instant startsAt;

	private Instant endsAt;

	private String place;

	private Instant invitedAt;

	private String invitedBy;

	protected FinalEvent() {
	}

	FinalEvent(Long programmeId, Instant startsAt, Instant endsAt, String place, Instant invitedAt, String invitedBy) {
		this.programmeId = programmeId;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.place = place;
		this.invitedAt = invitedAt;
		this.invitedBy = invitedBy;
	}

	public Long getId() {
		return id;
	}

	public Long getProgrammeId() {
		return programmeId;
	}

	public Instant getStartsAt() {
		return startsAt;
	}

	public Instant getEndsAt() {
		return endsAt;
	}

	public String getPlace() {
		return place;
	}
}
