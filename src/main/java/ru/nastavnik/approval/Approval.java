package ru.nastavnik.approval;

import java.time.Instant;
import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import ru.nastavnik.problem.InvalidInput;
import ru.nastavnik.time.RussianDates;

/**
 * A decision on one version of something submitted to a person who decides (the director): approved, or returned
 * for rework with a comment that says what to fix — and who decided, and when. Kept with the version it decides
 * (an embedded value of the document, the plan change, the order), so every version keeps its own decision.
 */
@Embeddable
public class Approval {

	public enum Outcome {
		APPROVED, RETURNED
	}

	/** A comment shorter than this says nothing a person could act on. */
	static final int MIN_COMMENT = 5;

	static final int MAX_COMMENT = 2000;

	@Enumerated(EnumType.STRING)
	@Column(name = "decision")
	private Outcome outcome;

	@Column(name = "decision_comment")
	private String comment;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	protected Approval() {
	}

	private Approval(Outcome outcome, String comment, String decidedBy, Instant decidedAt) {
		this.outcome = outcome;
		this.comment = comment;
		this.decidedBy = decidedBy;
		this.decidedAt = decidedAt;
	}

	public static Approval approved(String by, Instant at) {
		return new Approval(Outcome.APPROVED, null, by, at);
	}

	/** Returned for rework: only with a comment that says what to fix. */
	public static Approval returned(String comment, String by, Instant at) {
		String text = comment == null ? "" : comment.strip();
		if (text.length() < MIN_COMMENT) {
			throw new InvalidInput("Возвращая на доработку, напишите комментарий: что нужно исправить (не короче "
					+ MIN_COMMENT + " символов)");
		}
		if (text.length() > MAX_COMMENT) {
			throw new InvalidInput("Комментарий — не длиннее " + MAX_COMMENT + " символов");
		}
		return new Approval(Outcome.RETURNED, text, by, at);
	}

	/** Whether a decision was taken: an embedded decision of an undecided version is all nulls. */
	/**
	 * The decision as a list of documents says it, in the organisation's time zone: «утверждено: director-school3,
	 * 20.05.2026 10:15:00», or «возвращено на доработку: … — «комментарий»».
	 */
	public String told(ZoneId zone) {
		String who = decidedBy + ", " + RussianDates.formatWithTime(decidedAt, zone);
		return isApproved() ? "утверждено: " + who
				: "возвращено на доработку: " + who + (comment == null ? "" : " — «" + comment + "»");
	}

	public boolean isTaken() {
		return outcome != null;
	}

	public boolean isApproved() {
		return outcome == Outcome.APPROVED;
	}

	public Outcome getOutcome() {
		return outcome;
	}

	public String getComment() {
		return comment;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}
}
