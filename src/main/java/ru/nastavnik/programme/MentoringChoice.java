package ru.nastavnik.programme;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One form (kind, direction) of mentoring a programme chose at roadmap step 8. */
@Entity
class MentoringChoice {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long programmeId;

	@Enumerated(EnumType.STRING)
	private MentoringOption.Category category;

	@Enumerated(EnumType.STRING)
	@Column(name = "option_code")
	private MentoringOption option;

	private String recordedBy;

	private Instant recordedAt;

	protected MentoringChoice() {
	}

	MentoringChoice(Long programmeId, MentoringOption option, String recordedBy, Instant recordedAt) {
		this.programmeId = programmeId;
		this.category = option.category();
		this.option = option;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public MentoringOption getOption() {
		return option;
	}
}
