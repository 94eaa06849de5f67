package ru.nastavnik.pairing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import ru.nastavnik.participant.ParticipantProfiles;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeChoices;

/** Reads what a matching of a programme judges by, once per run. */
@Component
class MatchingPools {

	private final ParticipantProfiles profiles;

	private final ProgrammeChoices choices;

	private final CompatibilityNotes notes;

	private final PairForms forms;

	private final JdbcTemplate jdbc;

	MatchingPools(ParticipantProfiles profiles, ProgrammeChoices choices, CompatibilityNotes notes, PairForms forms,
			JdbcTemplate jdbc) {
		this.profiles = profiles;
		this.choices = choices;
		this.notes = notes;
		this.forms = forms;
		this.jdbc = jdbc;
	}

	MatchingPool of(Programme programme) {
		Long id = programme.getId();
		return new MatchingPool(programme, choices.of(id), profiles.mentees(id), profiles.mentors(id), trained(id),
				ranks(id), notes.findByProgrammeIdOrderById(id), forms.current());
	}

	/** Mentors who attended a training of mentors that was held. */
	private Set<Long> trained(Long programmeId) {
		return new HashSet<>(jdbc.queryForList("select a.participant_id from event_attendance a "
				+ "join programme_event e on e.id = a.event_id where e.programme_id = ? and e.kind = 'TRAINING' "
				+ "and e.held_on is not null", Long.class, programmeId));
	}

	/** Who ranked whom in step 17: respondent → preferred → rank. */
	private Map<Long, Map<Long, Integer>> ranks(Long programmeId) {
		Map<Long, Map<Long, Integer>> ranks = new HashMap<>();
		jdbc.query("select participant_id, preferred_id, preference_rank from preference where programme_id = ?",
				row -> {
					ranks.computeIfAbsent(row.getLong(1), key -> new HashMap<>()).put(row.getLong(2), row.getInt(3));
				}, programmeId);
		return ranks;
	}
}
