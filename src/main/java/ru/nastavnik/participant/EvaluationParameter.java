package ru.nastavnik.participant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import ru.nastavnik.programme.ProgrammeAudience;

/**
 * One parameter of the evaluation at the start and at the end of the year, as data (V35): the set of a programme's
 * audience and a participant's role, in its order, with its Russian name, what the evaluator looks at, its scale and
 * the growth it measures.
 */
@Entity
public class EvaluationParameter {

	@Id
	private Long id;

	@Enumerated(EnumType.STRING)
	private ProgrammeAudience audience;

	@Enumerated(EnumType.STRING)
	private ParticipantRole role;

	private String code;

	private int position;

	private String title;

	private String description;

	@Enumerated(EnumType.STRING)
	private GrowthDimension dimension;

	private int scaleMin;

	private int scaleMax;

	protected EvaluationParameter() {
	}

	public ProgrammeAudience getAudience() {
		return audience;
	}

	public ParticipantRole getRole() {
		return role;
	}

	public String getCode() {
		return code;
	}

	public int getPosition() {
		return position;
	}

	public String getTitle() {
		return title;
	}

	public String getDescription() {
		return description;
	}

	public GrowthDimension getDimension() {
		return dimension;
	}

	public int getScaleMin() {
		return scaleMin;
	}

	public int getScaleMax() {
		return scaleMax;
	}

	/** Whether the score lies on the parameter's scale. */
	public boolean accepts(int score) {
		return score >= scaleMin && score <= scaleMax;
	}
}
