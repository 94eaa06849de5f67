package ru.nastavnik.pairing;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CompatibilityNotes extends JpaRepository<CompatibilityNote, Long> {

	List<CompatibilityNote> findByProgrammeIdOrderById(Long programmeId);

	List<CompatibilityNote> findByMentorIdOrMenteeId(Long mentorId, Long menteeId);
}
