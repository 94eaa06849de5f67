package ru.nastavnik.programme;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import ru.nastavnik.approval.Approval;
import ru.nastavnik.problem.StateConflict;

/** One version of the regulation or the roadmap, with the director's decision on it. Every version is kept. */
@Entity
class ProgrammeDocument {

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

	/** The director's decision on this version; all empty until taken. */
	@Embedded
	private Approval approval;

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

	/** The director decides once on a version; a returned document comes back as a new version. */
	void decide(Approval decision) {
		if (isDecided()) {
			throw new StateConflict("По версии " + version + " документа «" + kind.title() + "» решение уже принято");
		}
		this.approval = decision;
	}

	boolean isDecided() {
		return approval != null && approval.isTaken();
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

	/** The decision, or none while the version awaits it. */
	public Instant getDraftedAt() {
		return draftedAt;
	}

	public Optional<Approval> getApproval() {
		return isDecided() ? Optional.of(approval) : Optional.empty();
	}
}
