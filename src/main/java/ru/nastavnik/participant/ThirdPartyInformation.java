package ru.nastavnik.participant;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Roadmap step 6: what the class teacher, the psychologist, the social pedagogue or the parents say of a mentee. */
@Entity
class ThirdPartyInformation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long participantId;

	@Enumerated(EnumType.STRING)
	private ThirdPartySource source;

	private String content;

	private String recordedBy;

	private Instant recordedAt;

	protected ThirdPartyInformation() {
	}

	ThirdPartyInformation(Long participantId, ThirdPartySource source, String content, String recordedBy,
			Instant recordedAt) {
		this.participantId = participantId;
		this.source = source;
		this.content = content;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	void erase() {
		content = null;
	}

	public ThirdPartySource getSource() {
		return source;
	}

	public String getContent() {
		return content;
	}
}
