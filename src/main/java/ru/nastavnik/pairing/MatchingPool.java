package ru.nastavnik.pairing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ru.nastavnik.pairing.matching.Assignment;
import ru.nastavnik.pairing.matching.Matching;
import ru.nastavnik.pairing.matching.MatchingProblem;
import ru.nastavnik.participant.MenteeQuestionnaire;
import ru.nastavnik.participant.MentorQuestionnaire;
import ru.nastavnik.participant.ParticipantProfiles.MenteeProfile;
import ru.nastavnik.participant.ParticipantProfiles.MentorProfile;
import ru.nastavnik.programme.MentoringOption;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeAudience;

/**
 * Everything one matching of a programme judges pairs by: the people in the bases with a valid consent, the forms the
 * programme chose, who was trained, the preferences of step 17 and the psychologist's notes. It keeps the hard
 * constraints and scores a pair, explaining both in Russian; the same judgement serves the solver's proposal and every
 * change the working group makes.
 */
final class MatchingPool {

	static final int REQUESTS_WEIGHT = 40;

	static final int FORM_WEIGHT = 20;

	/** A first choice counts 15, a second 10, a third 5, from each side. */
	static final int PREFERENCE_STEP = 5;

	/** A choice returned by the other side adds this on top: a mutual preference weighs most. */
	static final int MUTUAL_BONUS = 20;

	static final int COMPATIBLE_BONUS = 15;

	/** How a mentor and a mentee are judged: the pair's form and score, or the constraint it breaks. */
	record Verdict(MentoringOption form, PairScore score, String violation) {

		boolean admissible() {
			return violation == null;
		}

		static Verdict violates(String why) {
			return new Verdict(null, null, why);
		}
	}

	private final Programme programme;

	private final Set<MentoringOption> chosen;

	private final boolean groupsAllowed;

	private final Map<Long, MenteeProfile> mentees = new LinkedHashMap<>();

	private final Map<Long, MentorProfile> mentors = new LinkedHashMap<>();

	private final Set<Long> trained;

	private final Map<Long, Map<Long, Integer>> ranks;

	private final Map<List<Long>, CompatibilityNote> notes = new HashMap<>();

	private final Map<List<Long>, String> endedEarly = new HashMap<>();

	private final PairForms.Rule forms;

	private final Map<Long, RequestTerms> terms = new HashMap<>();

	MatchingPool(Programme programme, Set<MentoringOption> chosen, Collection<MenteeProfile> mentees,
			Collection<MentorProfile> mentors, Set<Long> trained, Map<Long, Map<Long, Integer>> ranks,
			Collection<CompatibilityNote> notes, Collection<MentoringPair> ended, PairForms.Rule forms) {
		this.programme = programme;
		this.chosen = chosen;
		this.groupsAllowed = programme.getAudience() == ProgrammeAudience.PUPILS
				|| chosen.contains(MentoringOption.GROUP) || chosen.contains(MentoringOption.COMBINED);
		mentees.forEach(mentee -> this.mentees.put(mentee.id(), mentee));
		mentors.forEach(mentor -> this.mentors.put(mentor.id(), mentor));
		this.trained = trained;
		this.ranks = ranks;
		notes.forEach(note -> this.notes.put(List.of(note.getMentorId(), note.getMenteeId()), note));
		ended.forEach(pair -> this.endedEarly.put(List.of(pair.getMentorId(), pair.getMenteeId()),
				pair.getEndReason()));
		this.forms = forms;
	}

	Collection<MenteeProfile> mentees() {
		return mentees.values();
	}

	Collection<MentorProfile> mentors() {
		return mentors.values();
	}

	MenteeProfile mentee(Long id) {
		return mentees.get(id);
	}

	MentorProfile mentor(Long id) {
		return mentors.get(id);
	}

	Programme programme() {
		return programme;
	}

	boolean groupsAllowed() {
		return groupsAllowed;
	}

	/** How many mentees the mentor may lead in all: their load limit, or one where the programme has no groups. */
	int capacity(MentorProfile mentor) {
		return groupsAllowed ? mentor.questionnaire().getMaxMentees() : 1;
	}

	/** Judges a mentor with a mentee: the hard constraints first, then the score, explained part by part. */
	Verdict judge(MenteeProfile mentee, MentorProfile mentor) {
		return judge(mentee, mentor, true);
	}

	/**
	 * @param explain whether to word the score's reasons: the solver weighs hundreds of thousands of pairs and needs
	 *        only the numbers; the pairs it chooses are judged again with their reasons
	 */
	Verdict judge(MenteeProfile mentee, MentorProfile mentor, boolean explain) {
		MentorQuestionnaire mentorAnswers = mentor.questionnaire();
		MenteeQuestionnaire menteeAnswers = mentee.questionnaire();
		if (!mentee.participant().getProgramme().getId().equals(programme.getId())
				|| !mentor.participant().getProgramme().getId().equals(programme.getId())) {
			return Verdict.violates("участники разных программ (организаций) не объединяются в пару");
		}
		if (!mentor.admitted()) {
			return Verdict.violates("наставник не допущен по итогам собеседования");
		}
		if (!trained.contains(mentor.id())) {
			return Verdict.violates("наставник не прошёл обучение наставников");
		}
		if (mentorAnswers.getChildren().contains(mentee.id())) {
			return Verdict.violates("родитель не может быть наставником своего ребёнка");
		}
		List<MentoringOption> possible = forms.forms(programme.getAudience(), mentorAnswers.getMentorType(),
				!menteeAnswers.getCategory().pupil());
		if (possible.isEmpty()) {
			return Verdict.violates("наставник («" + mentorAnswers.getMentorType().title()
					+ "») не ведёт наставляемого этой категории ни в одной форме наставничества");
		}
		MentoringOption form = form(possible, menteeAnswers.getRecommendedForm());
		if (form == null) {
			return Verdict.violates("форма «" + possible.get(0).title() + "» не выбрана программой");
		}
		if (form == MentoringOption.PUPIL_PUPIL && !older(mentor, mentee)) {
			return Verdict.violates("в форме «ученик – ученик» наставник должен быть старше наставляемого");
		}
		String ended = endedEarly.get(List.of(mentor.id(), mentee.id()));
		if (ended != null) {
			return Verdict.violates("эта пара уже работала и прекращена досрочно (" + ended + ")");
		}
		CompatibilityNote note = notes.get(List.of(mentor.id(), mentee.id()));
		if (note != null && !note.isCompatible()) {
			return Verdict.violates("педагог-психолог счёл пару несовместимой"
					+ (note.getComment() != null ? ": " + note.getComment() : ""));
		}
		return new Verdict(form, score(mentee, mentor, form, note, explain ? new ArrayList<>() : null), null);
	}

	/** The form among those possible: the one recommended to the mentee if the programme chose it, else the first chosen. */
	private MentoringOption form(List<MentoringOption> possible, String recommended) {
		for (MentoringOption form : possible) {
			if (form.name().equals(recommended) && chosen.contains(form)) {
				return form;
			}
		}
		return possible.stream().filter(chosen::contains).findFirst().orElse(null);
	}

	private static boolean older(MentorProfile mentor, MenteeProfile mentee) {
		java.time.LocalDate mentorBorn = mentor.participant().getPerson().getBirthDate();
		java.time.LocalDate menteeBorn = mentee.participant().getPerson().getBirthDate();
		return mentorBorn != null && menteeBorn != null && mentorBorn.isBefore(menteeBorn);
	}

	private PairScore score(MenteeProfile mentee, MentorProfile mentor, MentoringOption form, CompatibilityNote note,
			List<String> reasons) {
		explain(reasons, () -> "допустимая пара — " + PairScore.BASE);
		int requests = requestsScore(mentee, mentor, reasons);
		int formScore;
		String recommended = mentee.questionnaire().getRecommendedForm();
		if (form.name().equals(recommended)) {
			formScore = FORM_WEIGHT;
			explain(reasons, () -> "форма «" + form.title() + "» рекомендована наставляемому — " + FORM_WEIGHT);
		}
		else {
			formScore = 0;
			explain(reasons, () -> "форма «" + form.title() + "»" + (recommended != null
					? ", а наставляемому рекомендована «" + MentoringOption.valueOf(recommended).title() + "»"
					: ", рекомендация для наставляемого не определена") + " — 0");
		}
		int preference = preferenceScore(mentee.id(), mentor.id(), reasons);
		int compatibility = 0;
		if (note != null) {
			compatibility = COMPATIBLE_BONUS;
			explain(reasons, () -> "педагог-психолог: пара совместима — " + COMPATIBLE_BONUS);
		}
		return new PairScore(requests, formScore, preference, compatibility, reasons == null ? List.of() : reasons);
	}

	private int requestsScore(MenteeProfile mentee, MentorProfile mentor, List<String> reasons) {
		RequestTerms wanted = terms.computeIfAbsent(mentee.id(),
				id -> RequestTerms.of(mentee.questionnaire().getRequests(), mentee.questionnaire().getInterests()));
		if (wanted.isEmpty()) {
			explain(reasons, () -> "запросы наставляемого не указаны — 0");
			return 0;
		}
		RequestTerms offered = terms.computeIfAbsent(mentor.id(),
				id -> RequestTerms.of(mentor.questionnaire().getCompetences(), mentor.questionnaire().getExperience()));
		List<String> shared = wanted.sharedWith(offered);
		int score = Math.round((float) REQUESTS_WEIGHT * shared.size() / wanted.size());
		explain(reasons, () -> shared.isEmpty() ? "запросы наставляемого не совпали с компетенциями наставника — 0"
				: "запросы и компетенции совпали (" + shared.size() + " из " + wanted.size() + ": «"
						+ String.join("», «", shared) + "») — " + score);
		return score;
	}

	private int preferenceScore(Long menteeId, Long mentorId, List<String> reasons) {
		Integer menteeRank = ranks.getOrDefault(menteeId, Map.of()).get(mentorId);
		Integer mentorRank = ranks.getOrDefault(mentorId, Map.of()).get(menteeId);
		int score = 0;
		if (menteeRank != null) {
			int points = (4 - menteeRank) * PREFERENCE_STEP;
			score += points;
			explain(reasons, () -> "наставляемый назвал наставника " + menteeRank + "-м выбором — " + points);
		}
		if (mentorRank != null) {
			int points = (4 - mentorRank) * PREFERENCE_STEP;
			score += points;
			explain(reasons, () -> "наставник назвал наставляемого " + mentorRank + "-м выбором — " + points);
		}
		if (menteeRank != null && mentorRank != null) {
			score += MUTUAL_BONUS;
			explain(reasons, () -> "выбор взаимный — " + MUTUAL_BONUS);
		}
		if (menteeRank == null && mentorRank == null) {
			explain(reasons, () -> "в анкетах предпочтений друг друга не назвали — 0");
		}
		return score;
	}

	private static void explain(List<String> reasons, java.util.function.Supplier<String> reason) {
		if (reasons != null) {
			reasons.add(reason.get());
		}
	}

	/**
	 * What one matching found: the optimal assignment, and for each mentee how many mentors were admissible and why
	 * the others were not.
	 */
	record Outcome(Assignment assignment, Map<Long, Integer> admissible, Map<Long, Map<String, Integer>> refusals) {
	}

	/**
	 * Judges every mentor with every mentee and assigns them optimally.
	 *
	 * @param mentees who is to be matched
	 * @param free how many more mentees each mentor may take (mentors with no room are left out)
	 */
	Outcome assign(Matching matching, Collection<MenteeProfile> mentees, Map<Long, Integer> free) {
		List<MentorProfile> open = mentors.values().stream().filter(mentor -> free.getOrDefault(mentor.id(), 0) > 0)
			.toList();
		MatchingProblem.Builder problem = MatchingProblem.builder();
		open.forEach(mentor -> problem.mentor(mentor.id(), free.get(mentor.id())));
		Map<Long, Map<String, Integer>> refusals = new HashMap<>();
		Map<Long, Integer> admissible = new HashMap<>();
		for (MenteeProfile mentee : mentees) {
			problem.mentee(mentee.id());
			for (MentorProfile mentor : open) {
				Verdict verdict = judge(mentee, mentor, false);
				if (verdict.admissible()) {
					problem.candidate(mentee.id(), mentor.id(), verdict.score().total());
					admissible.merge(mentee.id(), 1, Integer::sum);
				}
				else {
					refusals.computeIfAbsent(mentee.id(), key -> new LinkedHashMap<>())
						.merge(verdict.violation(), 1, Integer::sum);
				}
			}
		}
		return new Outcome(matching.assign(problem.build()), admissible, refusals);
	}

	/**
	 * Whether the psychologist should see the pair before the order: a mentee with special needs (ОВЗ) whose pair the
	 * psychologist has not yet judged.
	 */
	boolean needsPsychologist(MenteeProfile mentee, MentorProfile mentor) {
		return mentee.questionnaire().getCategory() == ru.nastavnik.participant.MenteeCategory.PUPIL_SPECIAL_NEEDS
				&& !notes.containsKey(List.of(mentor.id(), mentee.id()));
	}
}
