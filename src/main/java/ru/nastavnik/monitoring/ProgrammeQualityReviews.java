package ru.nastavnik.monitoring;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ProgrammeQualityReviews extends Repository<ProgrammeQualityReview, Long> {

	ProgrammeQualityReview save(ProgrammeQualityReview review);

	Optional<ProgrammeQualityReview> findByProgrammeId(Long programmeId);
}
