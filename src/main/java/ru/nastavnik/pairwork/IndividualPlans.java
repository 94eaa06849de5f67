package ru.nastavnik.pairwork;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface IndividualPlans extends JpaRepository<IndividualPlan, Long> {

	/** The version in force or being drafted: the one not superseded. */
	Optional<IndividualPlan> findByPairIdAndSupersededAtIsNull(Long pairId);

	List<IndividualPlan> findByPairIdOrderByVersionDesc(Long pairId);

	List<IndividualPlan> findByProgrammeIdAndSupersededAtIsNull(Long programmeId);
}
