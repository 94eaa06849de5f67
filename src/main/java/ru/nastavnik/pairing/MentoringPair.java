package ru.nastavnik.pairing;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import ru.nastavnik.problem.StateConflict;
import ru.nastavnik.programme.MentoringOption;

/**
 * A mentor with a mentee. A mentor with several pairs leads a group. A pair is proposed first; it takes effect only
 * when the director approves the order that fixes it, and it may end early (an amending order records that).
 */
@Entity
public class MentoringPair {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long programmeId;

	private Long mentorId;

	private Long menteeId;

	@Enumerated(EnumType.STRING)
	private MentoringOption form;

	@Enumerated(EnumType.STRING)
	private PairStatus status;

	@Enumerated(EnumType.STRING)
	private PairSource source;

	private int score;

	private int requestsScore;

	private int formScore;

	private int preferenceScore;

	private int compatibilityScore;

	private String explanation;

	private boolean flagged;

	private String proposedBy;

	private Instant proposedAt;

	private Long orderId;

	private Instant activatedAt;

	private String processInstanceId;

	private Instant endedAt;

	private String endReason;

	private Long endOrderId;

	protected MentoringPair() {
	}

	MentoringPair(Long programmeId, Long mentorId, Long menteeId, MentoringOption form, PairScore score,
			PairSource source, String proposedBy, Instant proposedAt) {
		this.programmeId = programmeId;
		this.mentorId = mentorId;
		this.menteeId = menteeId;
		this.form = form;
		this.status = PairStatus.PROPOSED;
		this.source = source;
		this.proposedBy = proposedBy;
		this.proposedAt = proposedAt;
		rescore(score);
	}

	/** The mentors and the mentees of the pairs, to read their people in one query. */
	static java.util.List<Long> participantIds(java.util.Collection<MentoringPair> pairs) {
		return pairs.stream().flatMap(pair -> java.util.stream.Stream.of(pair.mentorId, pair.menteeId)).toList();
	}

	void rescore(PairScore score) {
		this.score = score.total();
		this.requestsScore = score.requests();
		this.formScore = score.form();
		this.preferenceScore = score.preference();
		this.compatibilityScore = score.compatibility();
		this.explanation = score.explanation().length() > 4000 ? score.explanation().substring(0, 3999) + "…"
				: score.explanation();
	}

	/** The explanation quotes the questionnaires; once a participant's data is erased only the numbers stay. */
	void eraseExplanation() {
		this.explanation = "Итого " + score + " (объяснение удалено: персональные данные участника уничтожены)";
	}

	void flag(boolean flagged) {
		this.flagged = flagged;
	}

	/** A proposed pair takes effect by the approved order; no other pair can. */
	void activate(Long orderId, Instant at) {
		require(PairStatus.PROPOSED, "вступает в силу");
		this.status = PairStatus.ACTIVE;
		this.orderId = orderId;
		this.activatedAt = at;
	}

	void startedAs(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	/** Only a pair in effect ends early; a proposed one is removed instead. */
	void end(String reason, Instant at) {
		require(PairStatus.ACTIVE, "прекращается досрочно");
		this.status = PairStatus.ENDED;
		this.endReason = reason;
		this.endedAt = at;
	}

	/** Takes a proposed pair out of the proposal; the row stays for the order versions that listed it. */
	void remove(String reason, String by, Instant at) {
		require(PairStatus.PROPOSED, "исключается из предложения");
		this.status = PairStatus.REMOVED;
		this.endReason = reason + " (" + by + ")";
		this.endedAt = at;
	}

	void complete(Instant at) {
		require(PairStatus.ACTIVE, "завершает работу");
		this.status = PairStatus.COMPLETED;
		this.endedAt = at;
	}

	private void require(PairStatus expected, String transition) {
		if (status != expected) {
			throw new StateConflict("Пара № " + id + " " + transition + " только из состояния «" + expected.title()
					+ "», а она " + status.title());
		}
	}

	void endRecordedIn(Long orderId) {
		this.endOrderId = orderId;
	}

	public Long getId() {
		return id;
	}

	public Long getProgrammeId() {
		return programmeId;
	}

	public Long getMentorId() {
		return mentorId;
	}

	public Long getMenteeId() {
		return menteeId;
	}

	public MentoringOption getForm() {
		return form;
	}

	public PairStatus getStatus() {
		return status;
	}

	public PairSource getSource() {
		return source;
	}

	public int getScore() {
		return score;
	}

	public int getRequestsScore() {
		return requestsScore;
	}

	public int getFormScore() {
		return formScore;
	}

	public int getPreferenceScore() {
		return preferenceScore;
	}

	public int getCompatibilityScore() {
		return compatibilityScore;
	}

	public String getExplanation() {
		return explanation;
	}

	public boolean isFlagged() {
		return flagged;
	}

	public String getProposedBy() {
		return proposedBy;
	}

	public Instant getProposedAt() {
		return proposedAt;
	}

	public Long getOrderId() {
		return orderId;
	}

	public Instant getActivatedAt() {
		return activatedAt;
	}

	public String getProcessInstanceId() {
		return processInstanceId;
	}

	public Instant getEndedAt() {
		return endedAt;
	}

	public String getEndReason() {
		return endReason;
	}

	public Long getEndOrderId() {
		return endOrderId;
	}
}
