package ru.nastavnik.programme;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One version of the regulation or the roadmap, with the director's decision on it. Every version is kept. */
@Entity
public class ProgrammeDocument {

	public enum Decision {
		APPROVED, RETURNED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long programmeId;

	@Enumerated(EnumType.STRING)
	private DocumentKind kind;

	private int version;

	private String reference;

	private String summary;

	private String draftedBy;

	private Instant draftedAt;

	@Enumerated(EnumType.STRING)
	private Decision decision;

	private String decisionComment;

	private String decidedBy;

	private Instant decidedAt;

	protected ProgrammeDocument() {
	}

	ProgrammeDocument(Long programmeId, DocumentKind kind, int version, String reference, String summary,
			String draftedBy, Instant draftedAt) {
		this.programmeId = programmeId;
		this.kind = kind;
		this.version = version;
		this.reference = reference;
		this.summary = summary;
		this.draftedBy = draftedBy;
		this.draftedAt = draftedAt;
	}

	void approve(String director, Instant at) {
		decide(Decision.APPROVED, null, director, at);
	}

	void returnForRework(String comment, String director, Instant at) {
		decide(Decision.RETURNED, comment, director, at);
	}

	private void decide(Decision decision, String comment, String director, Instant at) {
		if (this.decision != null) {
			throw new IllegalStateException("По версии " + version + " документа «" + kind.title()
					+ "» решение уже принято");
		}
		this.decision = decision;
		this.decisionComment = comment;
		this.decidedBy = director;
		this.decidedAt = at;
	}

	public DocumentKind getKind() {
		return kind;
	}

	public int getVersion() {
		return version;
	}

	public String getReference() {
		return reference;
	}

	public String getSummary() {
		return summary;
	}

	public String getDraftedBy() {
		return draftedBy;
	}

	public Decision getDecision() {
		return decision;
	}

	public String getDecisionComment() {
		return decisionComment;
	}

	public String getDecidedBy() {
		return decidedBy;
	}
}
