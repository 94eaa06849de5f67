package ru.nastavnik.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import ru.nastavnik.approval.Approval;
import ru.nastavnik.problem.StateConflict;

/** A change of one step's due date in a programme's plan, with who asked, why, and what the director decided. */
@Entity
class PlanChange {

	public enum Status {
		/** Made before the roadmap was approved: no decision needed. */
		APPLIED("изменён сразу: дорожная карта ещё не утверждена"),
		/** Waiting for the director: the roadmap is approved. */
		PENDING("ждёт решения руководителя"),
		APPROVED("утверждён руководителем"),
		REJECTED("отклонён руководителем");

		private final String title;

		Status(String title) {
			this.title = title;
		}

		public String title() {
			return title;
		}
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

	/** The director's decision on a change of the approved roadmap; all empty otherwise. */
	@Embedded
	private Approval approval;

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

	/** Only a change awaiting the director is decided, once: approved it moves the plan, returned it does not. */
	void decide(Approval decision) {
		if (status != Status.PENDING) {
			throw new StateConflict("Изменение срока №" + id + " уже решено");
		}
		this.approval = decision;
		this.status = decision.isApproved() ? Status.APPROVED : Status.REJECTED;
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

	/** The director's decision, or none (applied before the roadmap's approval, or still pending). */
	public Optional<Approval> getApproval() {
		return approval != null && approval.isTaken() ? Optional.of(approval) : Optional.empty();
	}
}
