package ru.nastavnik.programme;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A change of one step's due date in a programme's plan, with who asked, why, and what the director decided. */
@Entity
public class PlanChange {

	public enum Status {
		/** Made before the roadmap was approved: no decision needed. */
		APPLIED,
		/** Waiting for the director: the roadmap is approved. */
		PENDING,
		APPROVED,
		REJECTED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long programmeId;

	private String step;

	private LocalDate previousDueOn;

	private LocalDate requestedDueOn;

	private String reason;

	private String requestedBy;

	private Instant requestedAt;

	@Enumerated(EnumType.STRING)
	private Status status;

	private String decidedBy;

	private Instant decidedAt;

	private String decisionComment;

	protected PlanChange() {
	}

	PlanChange(Long programmeId, PlanStep step, LocalDate requestedDueOn, String reason, String requestedBy,
			Instant requestedAt, Status status) {
		this.programmeId = programmeId;
		this.step = step.getStep();
		this.previousDueOn = step.getDueOn();
		this.requestedDueOn = requestedDueOn;
		this.reason = reason;
		this.requestedBy = requestedBy;
		this.requestedAt = requestedAt;
		this.status = status;
	}

	void approve(String director, Instant at) {
		decide(Status.APPROVED, null, director, at);
	}

	void reject(String comment, String director, Instant at) {
		decide(Status.REJECTED, comment, director, at);
	}

	private void decide(Status decision, String comment, String director, Instant at) {
		if (status != Status.PENDING) {
			throw new IllegalStateException("Изменение срока №" + id + " уже решено");
		}
		this.status = decision;
		this.decisionComment = comment;
		this.decidedBy = director;
		this.decidedAt = at;
	}

	public Long getId() {
		return id;
	}

	public Long getProgrammeId() {
		return programmeId;
	}

	public String getStep() {
		return step;
	}

	public LocalDate getPreviousDueOn() {
		return previousDueOn;
	}

	public LocalDate getRequestedDueOn() {
		return requestedDueOn;
	}

	public String getReason() {
		return reason;
	}

	public String getRequestedBy() {
		return requestedBy;
	}

	public Status getStatus() {
		return status;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

	public String getDecisionComment() {
		return decisionComment;
	}
}
