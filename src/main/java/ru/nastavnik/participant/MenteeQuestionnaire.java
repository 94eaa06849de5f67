package ru.nastavnik.participant;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** What a mentee asks of the programme: their category, requests and interests, and the form the table recommends. */
@Entity
public class MenteeQuestionnaire {

	@Id
	private Long participantId;

	@Enumerated(EnumType.STRING)
	private MenteeCategory category;

	private String requests;

	private String interests;

	/** A code of {@code MentoringOption} recommended by the decision table {@code mentoring-form-recommendation}. */
	private String recommendedForm;

	private String submittedBy;

	private Instant submittedAt;

	protected MenteeQuestionnaire() {
	}

	MenteeQuestionnaire(Long participantId, MenteeCategory category, String requests, String interests,
			String submittedBy, Instant submittedAt) {
		this.participantId = participantId;
		this.category = category;
		this.requests = requests;
		this.interests = interests;
		this.submittedBy = submittedBy;
		this.submittedAt = submittedAt;
	}

	void recommend(String form) {
		this.recommendedForm = form;
	}

	void erase() {
		requests = null;
		interests = null;
	}

	public Long getParticipantId() {
		return participantId;
	}

	public MenteeCategory getCategory() {
		return category;
	}

	public String getRequests() {
		return requests;
	}

	public String getInterests() {
		return interests;
	}

	public String getRecommendedForm() {
		return recommendedForm;
	}
}
