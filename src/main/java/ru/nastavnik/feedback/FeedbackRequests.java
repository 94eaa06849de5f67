package ru.nastavnik.feedback;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface FeedbackRequests extends Repository<FeedbackRequest, Long> {

	FeedbackRequest save(FeedbackRequest request);

	Optional<FeedbackRequest> findById(Long id);

	Optional<FeedbackRequest> findByTokenHash(String tokenHash);

	List<FeedbackRequest> findByRoundIdOrderById(Long roundId);

	List<FeedbackRequest> findByParticipantId(Long participantId);

	void delete(FeedbackRequest request);
}
