package ru.nastavnik.programme;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface PlanSteps extends Repository<PlanStep, Long> {

	PlanStep save(PlanStep step);

	Optional<PlanStep> findByProgrammeIdAndStep(Long programmeId, String step);

	List<PlanStep> findByProgrammeIdOrderByDueOnAscIdAsc(Long programmeId);
}
