package ru.nastavnik.monitoring;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;

/**
 * The quality of a programme's implementation as step 30 recorded it: the working group's SWOT analysis, the
 * curator's questionnaire and the system's figures as they stood that day.
 */
@Entity
public class ProgrammeQualityReview {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long programmeId;

	private Long organisationId;

	private String strengths;

	private String weaknesses;

	private String opportunities;

	private String threats;

	private String recommendations;

	/** The system's figures when the review was recorded, in Russian, a line each. */
	private String figures;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "programme_quality_score", joinColumns = @JoinColumn(name = "review_id"))
	@MapKeyColumn(name = "criterion")
	@Column(name = "score")
	private Map<String, Integer> scores = new LinkedHashMap<>();

	private Instant recordedAt;

	private String recordedBy;

	protected ProgrammeQualityReview() {
	}

	ProgrammeQualityReview(Long programmeId, Long organisationId, Swot swot, Map<QualityCriterion, Integer> scores,
			String recommendations, String figures, Instant recordedAt, String recordedBy) {
		this.programmeId = programmeId;
		this.organisationId = organisationId;
		this.strengths = swot.strengths();
		this.weaknesses = swot.weaknesses();
		this.opportunities = swot.opportunities();
		this.threats = swot.threats();
		scores.forEach((criterion, score) -> this.scores.put(criterion.code(), score));
		this.recommendations = recommendations;
		this.figures = figures;
		this.recordedAt = recordedAt;
		this.recordedBy = recordedBy;
	}

	public Long getProgrammeId() {
		return programmeId;
	}

	public Long getOrganisationId() {
		return organisationId;
	}

	public Swot swot() {
		return new Swot(strengths, weaknesses, opportunities, threats);
	}

	/** The criterion's score; null when it was not scored. */
	public Integer score(QualityCriterion criterion) {
		return scores.get(criterion.code());
	}

	/** The mean of the curator's scores. */
	public double meanScore() {
		return scores.values().stream().mapToInt(Integer::intValue).average().orElse(0);
	}

	public String getRecommendations() {
		return recommendations;
	}

	public String getFigures() {
		return figures;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

	/** The SWOT analysis: strengths, weaknesses, opportunities, threats. */
	public record Swot(String strengths, String weaknesses, String opportunities, String threats) {

		/** The four parts with their Russian names, in the analysis's order. */
		public List<Part> parts() {
			return List.of(new Part("Сильные стороны", strengths), new Part("Слабые стороны", weaknesses),
					new Part("Возможности", opportunities), new Part("Угрозы", threats));
		}
	}

	/** A part of the SWOT analysis: its name and what the working group wrote. */
	public record Part(String title, String text) {
	}
}
