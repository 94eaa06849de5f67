package ru.nastavnik.participant;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

/** What a mentor offers: who they are, their competences and experience, how many mentees they take, their children. */
@Entity
public class MentorQuestionnaire {

	@Id
	private Long participantId;

	@Enumerated(EnumType.STRING)
	private MentorType mentorType;

	private String competences;

	private String experience;

	private int maxMentees;

	/** A parent mentor's own children among the programme's participants: never their mentees. */
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "mentor_child", joinColumns = @JoinColumn(name = "mentor_id"))
	@Column(name = "child_id")
	private Set<Long> children = new HashSet<>();

	private String submittedBy;

	private Instant submittedAt;

	protected MentorQuestionnaire() {
	}

	MentorQuestionnaire(Long participantId, MentorType mentorType, String competences, String experience,
			int maxMentees, Set<Long> children, String submittedBy, Instant submittedAt) {
		this.participantId = participantId;
		this.mentorType = mentorType;
		this.competences = competences;
		this.experience = experience;
		this.maxMentees = maxMentees;
		this.children = new HashSet<>(children);
		this.submittedBy = submittedBy;
		this.submittedAt = submittedAt;
	}

	void erase() {
		competences = null;
		experience = null;
	}

	public Long getParticipantId() {
		return participantId;
	}

	public MentorType getMentorType() {
		return mentorType;
	}

	public String getCompetences() {
		return competences;
	}

	public String getExperience() {
		return experience;
	}

	public int getMaxMentees() {
		return maxMentees;
	}

	public Set<Long> getChildren() {
		return Set.copyOf(children);
	}
}
