package ru.nastavnik.celebration;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface FinalEvents extends Repository<FinalEvent, Long> {

	FinalEvent save(FinalEvent event);

	Optional<FinalEvent> findByProgrammeId(Long programmeId);
}
