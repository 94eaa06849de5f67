package ru.nastavnik.programme;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface PlanChanges extends Repository<PlanChange, Long> {

	PlanChange save(PlanChange change);

	Optional<PlanChange> findById(Long id);

	List<PlanChange> findByProgrammeIdOrderById(Long programmeId);
}
