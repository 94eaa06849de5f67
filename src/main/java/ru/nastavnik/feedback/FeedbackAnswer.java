package ru.nastavnik.feedback;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** What one participant answered: four scores from 1 to 5 and two open questions. */
@Entity
class FeedbackAnswer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long roundId;

	private Long requestId;

	@Enumerated(EnumType.STRING)
	private RespondentRole respondentRole;

	private int pairWork;

	private int regularity;

	private int usefulness;

	private int relationship;

	private String whatWorked;

	private String whatToChange;

	private Instant answeredAt;

	@Enumerated(EnumType.STRING)
	private AnswerChannel answeredVia;

	/** Who typed in answers given on paper. */
	private String enteredBy;

	protected FeedbackAnswer() {
	}

	FeedbackAnswer(FeedbackRequest request, Answers answers, Instant answeredAt, AnswerChannel via,
			String enteredBy) {
		this.roundId = request.getRoundId();
		this.requestId = request.getId();
		this.respondentRole = request.getRespondentRole();
		this.pairWork = answers.pairWork();
		this.regularity = answers.regularity();
		this.usefulness = answers.usefulness();
		this.relationship = answers.relationship();
		this.whatWorked = answers.whatWorked();
		this.whatToChange = answers.whatToChange();
		this.answeredAt = answeredAt;
		this.answeredVia = via;
		this.enteredBy = enteredBy;
	}

	/** The participant's consent was revoked: what they wrote goes, the scores stay without a name. */
	void eraseTexts() {
		this.whatWorked = null;
		this.whatToChange = null;
	}

	Long getRequestId() {
		return requestId;
	}

	AnswerChannel getAnsweredVia() {
		return answeredVia;
	}

	RespondentRole getRespondentRole() {
		return respondentRole;
	}

	int getPairWork() {
		return pairWork;
	}

	int getRegularity() {
		return regularity;
	}

	int getUsefulness() {
		return usefulness;
	}

	int getRelationship() {
		return relationship;
	}

	String getWhatWorked() {
		return whatWorked;
	}

	String getWhatToChange() {
		return whatToChange;
	}
}
