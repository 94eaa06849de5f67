package ru.nastavnik.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ErasureRecords extends JpaRepository<ErasureRecord, Long> {

	/** The acts of an organisation without their PDFs: a list reads the columns it shows, not every document. */
	interface ActSummary {

		Long getId();

		String getNumber();

		LocalDate getActDate();

		String getReason();

		int getRecordsErased();

		String getCreatedBy();

		Instant getCreatedAt();
	}

	List<ActSummary> findSummariesByOrganisationIdOrderById(Long organisationId);

	List<ActSummary> findSummariesByProgrammeIdOrderByIdDesc(Long programmeId);

	Optional<ErasureRecord> findByParticipantId(Long participantId);

	long countByOrganisationIdAndActDateBetween(Long organisationId, LocalDate from, LocalDate to);
}
