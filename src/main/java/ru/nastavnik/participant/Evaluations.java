package ru.nastavnik.participant;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Evaluations extends JpaRepository<Evaluation, Long> {

	List<Evaluation> findByParticipantIdOrderById(Long participantId);

	Optional<Evaluation> findByParticipantIdAndStage(Long participantId, EvaluationStage stage);
}
