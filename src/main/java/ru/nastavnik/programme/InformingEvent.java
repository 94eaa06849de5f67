package ru.nastavnik.programme;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A meeting or announcement that informed one community about the programme. */
@Entity
public class InformingEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long programmeId;

	@Enumerated(EnumType.STRING)
	private Community community;

	private LocalDate heldOn;

	private int participantCount;

	private String materials;

	private String comment;

	private String recordedBy;

	private Instant recordedAt;

	protected InformingEvent() {
	}

	InformingEvent(Long programmeId, Community community, LocalDate heldOn, int participantCount, String materials,
			String comment, String recordedBy, Instant recordedAt) {
		this.programmeId = programmeId;
		this.community = community;
		this.heldOn = heldOn;
		this.participantCount = participantCount;
		this.materials = materials;
		this.comment = comment;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public Community getCommunity() {
		return community;
	}

	public LocalDate getHeldOn() {
		return heldOn;
	}

	public int getParticipantCount() {
		return participantCount;
	}

	public String getMaterials() {
		return materials;
	}
}
