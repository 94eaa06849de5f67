package ru.nastavnik.feedback;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;

import org.hibernate.annotations.BatchSize;

/** What one participant answered: a score for each closed question of the questionnaire and two open answers. */
@Entity
class FeedbackAnswer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long roundId;

	private Long requestId;

	@Enumerated(EnumType.STRING)
	private RespondentRole respondentRole;

	/** The answer to each closed question, by its code; a round's answers load their scores in batches. */
	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 64)
	@CollectionTable(name = "feedback_answer_score", joinColumns = @JoinColumn(name = "answer_id"))
	@MapKeyColumn(name = "question")
	@Column(name = "score")
	private Map<String, Integer> scores = new LinkedHashMap<>();

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
		this.scores.putAll(answers.scores());
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

	/** The answer to the question; null when the questionnaire did not ask it of this respondent. */
	Integer score(String question) {
		return scores.get(question);
	}

	String getWhatWorked() {
		return whatWorked;
	}

	String getWhatToChange() {
		return whatToChange;
	}
}
