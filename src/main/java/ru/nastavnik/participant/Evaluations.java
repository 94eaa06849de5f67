package ru.nastavnik.participant;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Evaluations extends JpaRepository<Evaluation, Long> {

	List<Evaluation> findByParticipantIdOrderById(Long participantId);

	Optional<Evaluation> findByParticipantIdAndStage(Long participantId, EvaluationStage stage);

	/** The participants of the programme evaluated at the stage, by id. */
	@Query("select e.participantId from Evaluation e, Participant p where p.id = e.participantId"
			+ " and p.programme.id = ?1 and e.stage = ?2")
	Set<Long> findByProgrammeAndStage(Long programmeId, EvaluationStage stage);
}
