package ru.nastavnik.programme;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** What a roadmap step of stages II–VII recorded: held (when, how many, what was decided) or not held (why). */
@Entity
public class StepRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long programmeId;

	private String step;

	private boolean held;

	private LocalDate heldOn;

	private Integer participantCount;

	private String materials;

	private String comment;

	private String notHeldReason;

	private String recordedBy;

	private Instant recordedAt;

	protected StepRecord() {
	}

	StepRecord(Long programmeId, String step, StepOutcome outcome, String recordedBy, Instant recordedAt) {
		this.programmeId = programmeId;
		this.step = step;
		this.held = outcome.held();
		this.heldOn = outcome.heldOn();
		this.participantCount = outcome.participants();
		this.materials = outcome.materials();
		this.comment = outcome.comment();
		this.notHeldReason = outcome.notHeldReason();
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public String getStep() {
		return step;
	}

	public boolean isHeld() {
		return held;
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

	public String getNotHeldReason() {
		return notHeldReason;
	}

	public String getRecordedBy() {
		return recordedBy;
	}
}
