package ru.nastavnik.participant;

import java.util.List;

import org.springframework.data.repository.Repository;
import ru.nastavnik.programme.ProgrammeAudience;

/** The evaluation's parameters: a set per audience and role, in order. */
public interface EvaluationParameters extends Repository<EvaluationParameter, Long> {

	List<EvaluationParameter> findByAudienceAndRoleOrderByPosition(ProgrammeAudience audience, ParticipantRole role);

	List<EvaluationParameter> findAllByOrderByAudienceAscRoleAscPositionAsc();
}
