package ru.nastavnik.feedback;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import ru.nastavnik.problem.NoLongerAvailable;

/**
 * The questionnaire asked of one participant of a round, answered once before it expires at the step's due date:
 * through a one-use link mailed to them (only the hash of its secret is kept), in Tasklist for a mentor with a login,
 * or on paper typed in by the working group for whoever has no e-mail.
 */
@Entity
class FeedbackRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long roundId;

	private Long organisationId;

	/** Gone once the participant's consent is revoked: the answer, if any, stays as an anonymous score. */
	private Long participantId;

	private Long pairId;

	@Enumerated(EnumType.STRING)
	private RespondentRole respondentRole;

	private String tokenHash;

	private Instant expiresAt;

	private Instant answeredAt;

	private Long outboxMessageId;

	/** The request's own task in Tasklist, for a mentor with a login. */
	private String processInstanceId;

	protected FeedbackRequest() {
	}

	FeedbackRequest(Long roundId, Long organisationId, Long participantId, Long pairId, RespondentRole role,
			String tokenHash, Instant expiresAt) {
		this.roundId = roundId;
		this.organisationId = organisationId;
		this.participantId = participantId;
		this.pairId = pairId;
		this.respondentRole = role;
		this.tokenHash = tokenHash;
		this.expiresAt = expiresAt;
	}

	/** The link may still be answered: not answered yet, not expired. */
	void requireOpen(Instant now) {
		if (answeredAt != null) {
			throw new NoLongerAvailable("По этой ссылке уже ответили: анкету можно заполнить только один раз. "
					+ "Спасибо за ваш ответ!");
		}
		if (!now.isBefore(expiresAt)) {
			throw new NoLongerAvailable("Срок ответа по этой ссылке истёк: сбор обратной связи завершён. "
					+ "Если вы хотите что-то сказать о работе пары, обратитесь к куратору программы.");
		}
	}

	void answered(Instant at) {
		requireOpen(at);
		this.answeredAt = at;
	}

	void mailedAs(Long messageId) {
		this.outboxMessageId = messageId;
	}

	void answerableInTasklistAs(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	/** The step's due date moved: a link not answered yet expires with it. */
	void expireAt(Instant expiresAt) {
		this.expiresAt = expiresAt;
	}

	void forgetParticipant() {
		this.participantId = null;
	}

	Long getId() {
		return id;
	}

	Long getRoundId() {
		return roundId;
	}

	Long getOrganisationId() {
		return organisationId;
	}

	Long getParticipantId() {
		return participantId;
	}

	Long getPairId() {
		return pairId;
	}

	RespondentRole getRespondentRole() {
		return respondentRole;
	}

	Instant getExpiresAt() {
		return expiresAt;
	}

	Instant getAnsweredAt() {
		return answeredAt;
	}

	Long getOutboxMessageId() {
		return outboxMessageId;
	}

	String getProcessInstanceId() {
		return processInstanceId;
	}
}
