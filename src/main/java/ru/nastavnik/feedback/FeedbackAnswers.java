package ru.nastavnik.feedback;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface FeedbackAnswers extends Repository<FeedbackAnswer, Long> {

	FeedbackAnswer save(FeedbackAnswer answer);

	List<FeedbackAnswer> findByRoundIdOrderById(Long roundId);

	Optional<FeedbackAnswer> findByRequestId(Long requestId);
}
