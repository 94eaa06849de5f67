package ru.nastavnik.participant;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * An evaluation of a participant on the parameters of impact monitoring (Р-145: motivational, personal and
 * professional growth, results), each from 1 to 5; the start is compared with the end of the year.
 */
@Entity
class Evaluation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long participantId;

	@Enumerated(EnumType.STRING)
	private EvaluationStage stage;

	private int motivation;

	private int personalGrowth;

	private int professionalGrowth;

	private int results;

	private String comment;

	private String evaluatedBy;

	private Instant evaluatedAt;

	protected Evaluation() {
	}

	Evaluation(Long participantId, EvaluationStage stage, int motivation, int personalGrowth, int professionalGrowth,
			int results, String comment, String evaluatedBy, Instant evaluatedAt) {
		this.participantId = participantId;
		this.stage = stage;
		this.motivation = motivation;
		this.personalGrowth = personalGrowth;
		this.professionalGrowth = professionalGrowth;
		this.results = results;
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

	public int getMotivation() {
		return motivation;
	}

	public int getPersonalGrowth() {
		return personalGrowth;
	}

	public int getProfessionalGrowth() {
		return professionalGrowth;
	}

	public int getResults() {
		return results;
	}

	public String getComment() {
		return comment;
	}
}
