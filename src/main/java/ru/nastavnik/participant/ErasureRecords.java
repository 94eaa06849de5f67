package ru.nastavnik.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ErasureRecords extends JpaRepository<ErasureRecord, Long> {

	List<ErasureRecord> findByOrganisationIdOrderById(Long organisationId);

	Optional<ErasureRecord> findByParticipantId(Long participantId);

	long countByOrganisationIdAndActDateBetween(Long organisationId, LocalDate from, LocalDate to);
}
