package ru.nastavnik.programme;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Where and when the approved roadmap was published on the organisation's site. */
@Entity
class RoadmapPublication {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long programmeId;

	private String url;

	private LocalDate publishedOn;

	private String recordedBy;

	private Instant recordedAt;

	protected RoadmapPublication() {
	}

	RoadmapPublication(Long programmeId, String url, LocalDate publishedOn, String recordedBy, Instant recordedAt) {
		this.programmeId = programmeId;
		this.url = url;
		this.publishedOn = publishedOn;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public String getUrl() {
		return url;
	}

	public LocalDate getPublishedOn() {
		return publishedOn;
	}
}
