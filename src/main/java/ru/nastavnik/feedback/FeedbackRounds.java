package ru.nastavnik.feedback;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface FeedbackRounds extends Repository<FeedbackRound, Long> {

	FeedbackRound save(FeedbackRound round);

	Optional<FeedbackRound> findById(Long id);

	List<FeedbackRound> findByProgrammeIdOrderById(Long programmeId);

	Optional<FeedbackRound> findByProgrammeIdAndStep(Long programmeId, String step);
}
