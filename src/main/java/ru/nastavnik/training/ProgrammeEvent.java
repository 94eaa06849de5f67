package ru.nastavnik.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

/**
 * A training of mentors (planned at step 14 with its experts and materials, held at step 15) or the group meeting of
 * mentors and mentees (step 16), with the participants who attended. Attendance is personal data: only participants
 * with a valid consent are recorded.
 */
@Entity
class ProgrammeEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long programmeId;

	@Enumerated(EnumType.STRING)
	private ProgrammeEventKind kind;

	private LocalDate plannedOn;

	/** Empty until the event is held. */
	private LocalDate heldOn;

	private String topic;

	private String experts;

	private String materials;

	private String comment;

	@ElementCollection
	@CollectionTable(name = "event_attendance", joinColumns = @JoinColumn(name = "event_id"))
	@Column(name = "participant_id")
	private Set<Long> attendeeIds = new HashSet<>();

	private String recordedBy;

	private Instant recordedAt;

	protected ProgrammeEvent() {
	}

	private ProgrammeEvent(Long programmeId, ProgrammeEventKind kind, String topic, String recordedBy,
			Instant recordedAt) {
		this.programmeId = programmeId;
		this.kind = kind;
		this.topic = topic;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	static ProgrammeEvent plannedTraining(Long programmeId, String topic, LocalDate plannedOn, String experts,
			String materials, String by, Instant at) {
		ProgrammeEvent event = new ProgrammeEvent(programmeId, ProgrammeEventKind.TRAINING, topic, by, at);
		event.plannedOn = plannedOn;
		event.experts = experts;
		event.materials = materials;
		return event;
	}

	/** A group meeting is recorded once held: who records it, and when, is set then. */
	static ProgrammeEvent groupMeeting(Long programmeId, String topic) {
		return new ProgrammeEvent(programmeId, ProgrammeEventKind.GROUP_MEETING, topic, null, null);
	}

	void held(LocalDate on, Collection<Long> attendees, String comment, String by, Instant at) {
		this.heldOn = on;
		this.attendeeIds.clear();
		this.attendeeIds.addAll(attendees);
		this.comment = comment;
		this.recordedBy = by;
		this.recordedAt = at;
	}

	public boolean isHeld() {
		return heldOn != null;
	}

	public Long getId() {
		return id;
	}

	public Long getProgrammeId() {
		return programmeId;
	}

	public ProgrammeEventKind getKind() {
		return kind;
	}

	public LocalDate getPlannedOn() {
		return plannedOn;
	}

	public LocalDate getHeldOn() {
		return heldOn;
	}

	public String getTopic() {
		return topic;
	}

	public String getExperts() {
		return experts;
	}

	public String getMaterials() {
		return materials;
	}

	public String getComment() {
		return comment;
	}

	public Set<Long> getAttendeeIds() {
		return Set.copyOf(attendeeIds);
	}

	public String getRecordedBy() {
		return recordedBy;
	}
}
