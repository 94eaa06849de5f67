package ru.nastavnik.programme;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface RoadmapPublications extends Repository<RoadmapPublication, Long> {

	RoadmapPublication save(RoadmapPublication publication);

	Optional<RoadmapPublication> findByProgrammeId(Long programmeId);
}
