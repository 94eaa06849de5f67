package ru.nastavnik.programme;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ProgrammeDocuments extends Repository<ProgrammeDocument, Long> {

	ProgrammeDocument save(ProgrammeDocument document);

	Optional<ProgrammeDocument> findFirstByProgrammeIdAndKindOrderByVersionDesc(Long programmeId,
			DocumentKind kind);

	List<ProgrammeDocument> findByProgrammeIdAndKindOrderByVersion(Long programmeId, DocumentKind kind);

	boolean existsByProgrammeIdAndKindAndDecision(Long programmeId, DocumentKind kind,
			ProgrammeDocument.Decision decision);
}
