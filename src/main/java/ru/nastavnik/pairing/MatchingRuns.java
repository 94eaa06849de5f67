package ru.nastavnik.pairing;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MatchingRuns extends JpaRepository<MatchingRun, Long> {

	Optional<MatchingRun> findFirstByProgrammeIdOrderByIdDesc(Long programmeId);
}
