package ru.nastavnik.training;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

interface ProgrammeEvents extends Repository<ProgrammeEvent, Long> {

	ProgrammeEvent save(ProgrammeEvent event);

	Optional<ProgrammeEvent> findByIdAndProgrammeIdAndKind(Long id, Long programmeId, ProgrammeEventKind kind);

	@EntityGraph(attributePaths = "attendeeIds")
	List<ProgrammeEvent> findByProgrammeIdAndKindOrderById(Long programmeId, ProgrammeEventKind kind);
}
