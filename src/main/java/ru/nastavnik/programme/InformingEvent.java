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
class InformingEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long programmeId;

	@Enumerated(EnumType.STRING)
	private Community community;

	private boolean held;

	private String notHeldReason;

	private LocalDate heldOn;

	private Integer participantCount;

	private String materials;

	private String comment;

	private String recordedBy;

	private Instant recordedAt;

	protected InformingEvent() {
	}

	private InformingEvent(Long programmeId, Community community, String recordedBy, Instant recordedAt) {
		this.programmeId = programmeId;
		this.community = community;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	static InformingEvent held(Long programmeId, Community community, LocalDate heldOn, int participantCount,
			String materials, String comment, String recordedBy, Instant recordedAt) {
		InformingEvent event = new InformingEvent(programmeId, community, recordedBy, recordedAt);
		event.held = true;
		event.heldOn = heldOn;
		event.participantCount = participantCount;
		event.materials = materials;
		event.comment = comment;
		return event;
	}

	static InformingEvent notHeld(Long programmeId, Community community, String reason, String recordedBy,
			Instant recordedAt) {
		InformingEvent event = new InformingEvent(programmeId, community, recordedBy, recordedAt);
		event.held = false;
		event.notHeldReason = reason;
		return event;
	}

	public boolean isHeld() {
		return held;
	}

	public String getNotHeldReason() {
		return notHeldReason;
	}

	public Community getCommunity() {
		return community;
	}

	public LocalDate getHeldOn() {
		return heldOn;
	}

	public Integer getParticipantCount() {
		return participantCount;
	}

	public String getMaterials() {
		return materials;
	}
}
