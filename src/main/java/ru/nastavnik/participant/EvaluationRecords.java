package ru.nastavnik.participant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.programme.ProgrammeAudience;

/**
 * The evaluations of a programme as the monitoring reads them: for each participant who was evaluated, their role, a
 * mentee's category, their status, the set they are evaluated on, and the scores at the start and at the end — by
 * id, no name. Read in three queries whatever the programme's size.
 */
@Component
public class EvaluationRecords {

	private final JdbcTemplate jdbc;

	private final EvaluationParameters parameters;

	EvaluationRecords(JdbcTemplate jdbc, EvaluationParameters parameters) {
		this.jdbc = jdbc;
		this.parameters = parameters;
	}

	/**
	 * One participant's evaluations.
	 *
	 * @param category a mentee's category; null for a mentor
	 * @param start the scores of the first evaluation by parameter code; empty when there was none
	 * @param end the scores of the second; empty when there was none
	 */
	public record Evaluated(Long participantId, ParticipantRole role, MenteeCategory category,
			ParticipantStatus status, ProgrammeAudience audience, Map<String, Integer> start,
			Map<String, Integer> end) {

		public boolean left() {
			return status == ParticipantStatus.WITHDRAWN;
		}
	}

	/** The parameters of every set, in their order: the sets the programme's participants are evaluated on. */
	@Transactional(readOnly = true)
	public List<EvaluationParameter> parameters() {
		return parameters.findAllByOrderByAudienceAscRoleAscPositionAsc();
	}

	@Transactional(readOnly = true)
	public List<Evaluated> of(Long programmeId) {
		Map<Long, Map<String, Integer>> start = new HashMap<>();
		Map<Long, Map<String, Integer>> end = new HashMap<>();
		jdbc.query("select e.participant_id, e.stage, s.parameter_code, s.score from evaluation e join evaluation_score"
				+ " s on s.evaluation_id = e.id join participant p on p.id = e.participant_id where p.programme_id = ?",
				row -> {
					Map<Long, Map<String, Integer>> stage = "END".equals(row.getString(2)) ? end : start;
					stage.computeIfAbsent(row.getLong(1), id -> new LinkedHashMap<>()).put(row.getString(3),
							row.getInt(4));
				}, programmeId);
		List<Evaluated> evaluated = new ArrayList<>();
		jdbc.query("select p.id, p.role, q.category, p.status, g.audience from participant p join programme g on"
				+ " g.id = p.programme_id left join mentee_questionnaire q on q.participant_id = p.id where"
				+ " p.programme_id = ? order by p.id", row -> {
					long id = row.getLong(1);
					if (!start.containsKey(id) && !end.containsKey(id)) {
						return;
					}
					ParticipantRole role = ParticipantRole.valueOf(row.getString(2));
					MenteeCategory category = row.getString(3) == null || role != ParticipantRole.MENTEE ? null
							: MenteeCategory.valueOf(row.getString(3));
					ProgrammeAudience audience = category == null ? ProgrammeAudience.valueOf(row.getString(5))
							: category.pupil() ? ProgrammeAudience.PUPILS : ProgrammeAudience.TEACHERS;
					evaluated.add(new Evaluated(id, role, category, ParticipantStatus.valueOf(row.getString(4)), audience,
							start.getOrDefault(id, Map.of()), end.getOrDefault(id, Map.of())));
				}, programmeId);
		return evaluated;
	}
}
