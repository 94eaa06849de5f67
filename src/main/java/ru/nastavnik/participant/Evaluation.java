package ru.nastavnik.participant;

import java.time.Instant;
import java.util.Collections;
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

/**
 * An evaluation of a participant on the parameters of impact monitoring (Р-145: motivational, personal and
 * professional growth, results) of their set ({@link EvaluationParameter}); the start is compared with the end of
 * the year.
 */
@Entity
public class Evaluation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long participantId;

	@Enumerated(EnumType.STRING)
	private EvaluationStage stage;

	/** The score of each parameter of the participant's set, by the parameter's code. */
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "evaluation_score", joinColumns = @JoinColumn(name = "evaluation_id"))
	@MapKeyColumn(name = "parameter_code")
	@Column(name = "score")
	private Map<String, Integer> scores = new LinkedHashMap<>();

	private String comment;

	private String evaluatedBy;

	private Instant evaluatedAt;

	protected Evaluation() {
	}

	Evaluation(Long participantId, EvaluationStage stage, Map<String, Integer> scores, String comment,
			String evaluatedBy, Instant evaluatedAt) {
		this.participantId = participantId;
		this.stage = stage;
		this.scores.putAll(scores);
		this.comment = comment;
		this.evaluatedBy = evaluatedBy;
		this.evaluatedAt = evaluatedAt;
	}

	void erase() {
		comment = null;
	}

	public EvaluationStage getStage() {
		return stage;
	}

	public Long getParticipantId() {
		return participantId;
	}

	/** The score of a parameter, by its code; null when this evaluation has none for it. */
	public Integer score(String parameterCode) {
		return scores.get(parameterCode);
	}

	public Map<String, Integer> getScores() {
		return Collections.unmodifiableMap(scores);
	}

	public String getComment() {
		return comment;
	}
}
