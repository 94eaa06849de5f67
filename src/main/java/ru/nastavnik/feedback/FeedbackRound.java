package ru.nastavnik.feedback;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import ru.nastavnik.problem.NoLongerAvailable;

/** One collection of feedback: a programme's step (November or May), open until the working group closes it. */
@Entity
public class FeedbackRound {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long programmeId;

	private Long organisationId;

	private String step;

	private Instant openedAt;

	private Instant dueAt;

	private Instant closedAt;

	private String closedBy;

	private Integer sent;

	private Integer answered;

	private String summary;

	protected FeedbackRound() {
	}

	FeedbackRound(Long programmeId, Long organisationId, String step, Instant openedAt, Instant dueAt) {
		this.programmeId = programmeId;
		this.organisationId = organisationId;
		this.step = step;
		this.openedAt = openedAt;
		this.dueAt = dueAt;
	}

	void requireOpen() {
		if (closedAt != null) {
			throw new NoLongerAvailable("Сбор обратной связи уже завершён: ответы больше не принимаются. Спасибо!");
		}
	}

	void dueAt(Instant dueAt) {
		this.dueAt = dueAt;
	}

	void close(Instant at, String by, int sent, int answered, String summary) {
		this.closedAt = at;
		this.closedBy = by;
		this.sent = sent;
		this.answered = answered;
		this.summary = summary;
	}

	public Long getId() {
		return id;
	}

	public Long getProgrammeId() {
		return programmeId;
	}

	public Long getOrganisationId() {
		return organisationId;
	}

	public String getStep() {
		return step;
	}

	public Instant getOpenedAt() {
		return openedAt;
	}

	public Instant getDueAt() {
		return dueAt;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	public String getSummary() {
		return summary;
	}
}
