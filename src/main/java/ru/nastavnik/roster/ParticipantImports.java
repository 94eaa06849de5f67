package ru.nastavnik.roster;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ParticipantImports extends JpaRepository<ParticipantImport, Long> {

	List<ParticipantImport> findByProgrammeIdOrderById(Long programmeId);
}
