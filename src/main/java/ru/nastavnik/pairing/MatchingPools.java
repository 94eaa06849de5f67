package ru.nastavnik.pairing;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import ru.nastavnik.participant.ParticipantProfiles;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeChoices;
import ru.nastavnik.training.MentorTraining;

/** Reads what a matching of a programme judges by, once per run. */
@Component
class MatchingPools {

	private final ParticipantProfiles profiles;

	private final ProgrammeChoices choices;

	private final CompatibilityNotes notes;

	private final PairForms forms;

	private final MentorTraining training;

	private final Preferences preferences;

	private final MentoringPairs pairs;

	MatchingPools(ParticipantProfiles profiles, ProgrammeChoices choices, CompatibilityNotes notes, PairForms forms,
			MentorTraining training, Preferences preferences, MentoringPairs pairs) {
		this.pairs = pairs;
		this.training = training;
		this.profiles = profiles;
		this.choices = choices;
		this.notes = notes;
		this.forms = forms;
		this.preferences = preferences;
	}

	MatchingPool of(Programme programme) {
		Long id = programme.getId();
		return new MatchingPool(programme, choices.of(id), profiles.mentees(id), profiles.mentors(id), training.trainedMentorIds(id),
				ranks(id), notes.findByProgrammeIdOrderById(id),
				pairs.findByProgrammeIdAndStatusOrderById(id, PairStatus.ENDED), forms.current());
	}

	/** Who ranked whom in step 17: respondent → preferred → rank. */
	private Map<Long, Map<Long, Integer>> ranks(Long programmeId) {
		Map<Long, Map<Long, Integer>> ranks = new HashMap<>();
		preferences.findByProgrammeId(programmeId).forEach(preference -> ranks
			.computeIfAbsent(preference.getParticipantId(), key -> new HashMap<>())
			.put(preference.getPreferredId(), preference.getRank()));
		return ranks;
	}
}
