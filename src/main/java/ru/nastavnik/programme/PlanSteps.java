package ru.nastavnik.programme;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.Repository;

interface PlanSteps extends Repository<PlanStep, Long> {

	PlanStep save(PlanStep step);

	/**
	 * Read for every task a step creates (its groups, due date and timer). It does not flush the session first: a
	 * plan step is changed only by a reschedule, which works on the entity it read, and an import of thousands of
	 * participants would otherwise re-check every entity it wrote at each of their tasks.
	 */
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
	Optional<PlanStep> findByProgrammeIdAndStep(Long programmeId, String step);

	List<PlanStep> findByProgrammeIdOrderByDueOnAscIdAsc(Long programmeId);
}
