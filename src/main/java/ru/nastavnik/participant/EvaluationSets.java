package ru.nastavnik.participant;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.programme.ProgrammeAudience;

/**
 * Which set of parameters a participant is evaluated on: a mentee's follows who they are (a pupil, or a teacher by
 * their questionnaire's category — a young teacher in a school's programme is evaluated as a teacher); a mentor's
 * follows the programme's audience.
 */
@Component
public class EvaluationSets {

	private final EvaluationParameters parameters;

	private final QuestionnaireRegister questionnaires;

	private final Participants participants;

	EvaluationSets(EvaluationParameters parameters, QuestionnaireRegister questionnaires, Participants participants) {
		this.parameters = parameters;
		this.questionnaires = questionnaires;
		this.participants = participants;
	}

	/** The participant's set, in its order. */
	@Transactional(readOnly = true)
	public List<EvaluationParameter> of(Participant participant) {
		return parameters.findByAudienceAndRoleOrderByPosition(audience(participant), participant.getRole());
	}

	/** The set of the participant with the id. */
	@Transactional(readOnly = true)
	public List<EvaluationParameter> of(Long participantId) {
		return of(participants.findById(participantId).orElseThrow(() -> new IllegalArgumentException(
				"Участник " + participantId + " не найден")));
	}

	/** The audience whose set applies to the participant. */
	@Transactional(readOnly = true)
	public ProgrammeAudience audience(Participant participant) {
		if (participant.getRole() == ParticipantRole.MENTEE) {
			return questionnaires.mentee(participant.getId())
				.map(answers -> answers.getCategory().pupil() ? ProgrammeAudience.PUPILS : ProgrammeAudience.TEACHERS)
				.orElse(participant.getProgramme().getAudience());
		}
		return participant.getProgramme().getAudience();
	}
}
