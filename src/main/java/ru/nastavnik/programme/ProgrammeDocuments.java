package ru.nastavnik.programme;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;
import ru.nastavnik.approval.Approval;

interface ProgrammeDocuments extends Repository<ProgrammeDocument, Long> {

	ProgrammeDocument save(ProgrammeDocument document);

	Optional<ProgrammeDocument> findFirstByProgrammeIdAndKindOrderByVersionDesc(Long programmeId,
			DocumentKind kind);

	List<ProgrammeDocument> findByProgrammeIdAndKindOrderByVersion(Long programmeId, DocumentKind kind);

	boolean existsByProgrammeIdAndKindAndApprovalOutcome(Long programmeId, DocumentKind kind, Approval.Outcome outcome);
}
