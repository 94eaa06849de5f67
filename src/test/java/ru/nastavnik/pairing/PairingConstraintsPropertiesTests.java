package ru.nastavnik.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import ru.nastavnik.pairing.matching.Assignment;
import ru.nastavnik.pairing.matching.ExhaustiveMatching;
import ru.nastavnik.pairing.matching.MinCostFlowMatching;
import ru.nastavnik.participant.MenteeCategory;
import ru.nastavnik.participant.MenteeQuestionnaire;
import ru.nastavnik.participant.MentorQuestionnaire;
import ru.nastavnik.participant.MentorType;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.ParticipantProfiles.MenteeProfile;
import ru.nastavnik.participant.ParticipantProfiles.MentorProfile;
import ru.nastavnik.participant.Person;
import ru.nastavnik.programme.MentoringOption;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeAudience;

/**
 * Step 18 on random schools: whatever the people, their forms, ages, children, training, the psychologist's notes and
 * the pairs ended before, the proposal never breaks a hard constraint — checked here by an oracle written apart from
 * {@link MatchingPool} — and its total is the exhaustive optimum under the same scores. The {@code pair-form} rule is
 * the deployed DMN table, evaluated by a standalone DMN engine.
 */
class PairingConstraintsPropertiesTests {

	private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

	private static final DmnDecision PAIR_FORM = parse();

	private static final List<MentoringOption> FORMS = List.of(MentoringOption.values()).stream()
		.filter(option -> option.category() == MentoringOption.Category.FORM).toList();

	private static final List<String> TOPICS = List.of("математика", "физика", "программирование", "шахматы",
			"профориентация", "экономика", "театр", "экология");

	private static DmnDecision parse() {
		try (InputStream table = PairingConstraintsPropertiesTests.class.getResourceAsStream("/processes/pair-form.dmn")) {
			return DMN.parseDecision(PairForms.DECISION, table);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A random school: who is in it, and what the oracle needs to know about them. */
	private static final class School {

		final Random random;

		final Programme programme = mock(Programme.class);

		final ProgrammeAudience audience;

		final Set<MentoringOption> chosen = EnumSet.noneOf(MentoringOption.class);

		final List<MenteeProfile> mentees = new ArrayList<>();

		final List<MentorProfile> mentors = new ArrayList<>();

		final Set<Long> trained = new HashSet<>();

		final Map<Long, Map<Long, Integer>> ranks = new HashMap<>();

		final List<CompatibilityNote> notes = new ArrayList<>();

		final List<MentoringPair> ended = new ArrayList<>();

		final Map<Long, LocalDate> born = new HashMap<>();

		School(long seed) {
			random = new Random(seed);
			audience = random.nextBoolean() ? ProgrammeAudience.PUPILS : ProgrammeAudience.TEACHERS;
			when(programme.getId()).thenReturn(1L);
			when(programme.getAudience()).thenReturn(audience);
			FORMS.stream().filter(form -> random.nextInt(3) > 0).forEach(chosen::add);
			if (random.nextBoolean()) {
				chosen.add(MentoringOption.GROUP);
			}
			int menteeCount = 1 + random.nextInt(ExhaustiveMatching.MAX_MENTEES);
			for (long id = 1; id <= menteeCount; id++) {
				mentees.add(mentee(id));
			}
			int mentorCount = 2 + random.nextInt(ExhaustiveMatching.MAX_MENTORS - 1);
			for (long id = 101; id <= 100 + mentorCount; id++) {
				mentors.add(mentor(id));
			}
			for (MenteeProfile mentee : mentees) {
				for (MentorProfile mentor : mentors) {
					int dice = random.nextInt(10);
					if (dice == 0) {
						notes.add(new CompatibilityNote(1L, mentor.id(), mentee.id(), random.nextBoolean(), "заметка",
								"psychologist", Instant.EPOCH));
					}
					else if (dice == 1) {
						MentoringPair pair = new MentoringPair(1L, mentor.id(), mentee.id(), MentoringOption.TEACHER_PUPIL,
								new PairScore(0, 0, 0, 0, List.of()), PairSource.SOLVER, "test", Instant.EPOCH);
						// a pair ends early only after it has taken effect
						pair.activate(1L, Instant.EPOCH);
						pair.end("конфликт", Instant.EPOCH);
						ended.add(pair);
					}
					else if (dice == 2) {
						ranks.computeIfAbsent(mentee.id(), key -> new HashMap<>()).put(mentor.id(), 1 + random.nextInt(3));
					}
					else if (dice == 3) {
						ranks.computeIfAbsent(mentor.id(), key -> new HashMap<>()).put(mentee.id(), 1 + random.nextInt(3));
					}
				}
			}
		}

		private Participant participant(long id, LocalDate birthDate, Boolean interviewOutcome) {
			Participant participant = mock(Participant.class);
			Person person = mock(Person.class);
			when(person.getBirthDate()).thenReturn(birthDate);
			when(participant.getId()).thenReturn(id);
			when(participant.getProgramme()).thenReturn(programme);
			when(participant.getPerson()).thenReturn(person);
			when(participant.getInterviewOutcome()).thenReturn(interviewOutcome);
			born.put(id, birthDate);
			return participant;
		}

		private MenteeProfile mentee(long id) {
			// mostly the programme's own audience, sometimes not
			boolean pupil = (audience == ProgrammeAudience.PUPILS) == (random.nextInt(8) > 0);
			List<MenteeCategory> categories = List.of(MenteeCategory.values()).stream()
				.filter(category -> category.pupil() == pupil).toList();
			MenteeCategory category = categories.get(random.nextInt(categories.size()));
			MenteeQuestionnaire answers = mock(MenteeQuestionnaire.class);
			when(answers.getCategory()).thenReturn(category);
			when(answers.getRequests()).thenReturn(TOPICS.get(random.nextInt(TOPICS.size())));
			when(answers.getInterests()).thenReturn(TOPICS.get(random.nextInt(TOPICS.size())));
			when(answers.getRecommendedForm()).thenReturn(FORMS.get(random.nextInt(FORMS.size())).name());
			return new MenteeProfile(participant(id, LocalDate.of(2010, 1, 1).plusDays(random.nextInt(1500)), null),
					answers);
		}

		private MentorProfile mentor(long id) {
			List<MentorType> types = audience == ProgrammeAudience.TEACHERS && random.nextInt(4) > 0
					? List.of(MentorType.STAFF, MentorType.EMPLOYEE) : List.of(MentorType.values());
			MentorType type = types.get(random.nextInt(types.size()));
			MentorQuestionnaire answers = mock(MentorQuestionnaire.class);
			when(answers.getMentorType()).thenReturn(type);
			when(answers.getCompetences()).thenReturn(TOPICS.get(random.nextInt(TOPICS.size())) + ", "
					+ TOPICS.get(random.nextInt(TOPICS.size())));
			when(answers.getMaxMentees()).thenReturn(1 + random.nextInt(3));
			Set<Long> children = new HashSet<>();
			if (type == MentorType.PARENT) {
				mentees.stream().filter(mentee -> random.nextInt(3) == 0).forEach(mentee -> children.add(mentee.id()));
			}
			when(answers.getChildren()).thenReturn(children);
			if (random.nextInt(6) > 0) {
				trained.add(id);
			}
			Boolean outcome = random.nextInt(8) == 0 ? Boolean.FALSE : random.nextBoolean() ? Boolean.TRUE : null;
			// a pupil mentor is born around the mentees, sometimes after them
			LocalDate birthDate = type == MentorType.PUPIL ? LocalDate.of(2009, 6, 1).plusDays(random.nextInt(1200))
					: LocalDate.of(1980, 1, 1);
			return new MentorProfile(participant(id, birthDate, outcome), answers);
		}

		MatchingPool pool() {
			return new MatchingPool(programme, chosen, mentees, mentors, trained, ranks, notes, ended,
					new PairForms.Rule(DMN, PAIR_FORM));
		}

		Map<Long, Integer> free(MatchingPool pool) {
			Map<Long, Integer> free = new HashMap<>();
			mentors.forEach(mentor -> free.put(mentor.id(), pool.capacity(mentor)));
			return free;
		}
	}

	/** Which kind of mentor may work in which form, as the methodology says (independent of the DMN table). */
	private static boolean formFits(MentoringOption form, MentorType mentor, boolean menteeIsTeacher) {
		return switch (form) {
			case PUPIL_PUPIL -> mentor == MentorType.PUPIL && !menteeIsTeacher;
			case TEACHER_PUPIL -> mentor == MentorType.STAFF && !menteeIsTeacher;
			case STUDENT_PUPIL -> mentor == MentorType.ALUMNUS && !menteeIsTeacher;
			case EMPLOYER_PUPIL -> (mentor == MentorType.EMPLOYEE || mentor == MentorType.PARENT) && !menteeIsTeacher;
			case TEACHER_TEACHER, PEDAGOGUE_PEDAGOGUE, HEAD_PEDAGOGUE -> mentor == MentorType.STAFF && menteeIsTeacher;
			case PARTNER_PEDAGOGUE -> mentor == MentorType.EMPLOYEE && menteeIsTeacher;
			default -> false;
		};
	}

	@Property(tries = 300)
	void theProposalNeverBreaksAHardConstraint(@ForAll long seed) {
		School school = new School(seed);
		MatchingPool pool = school.pool();
		Map<Long, Integer> free = school.free(pool);
		Assignment assignment = pool.assign(new MinCostFlowMatching(), school.mentees, free).assignment();
		// the random schools must give pairs often, or the property proves little
		net.jqwik.api.statistics.Statistics.label("pairs").collect(assignment.pairs().isEmpty() ? "none" : "some")
			.coverage(coverage -> coverage.check("some").percentage(percent -> percent > 60));
		net.jqwik.api.statistics.Statistics.label("pupil-pupil").collect(assignment.pairs().stream()
			.anyMatch(pair -> pool.judge(pool.mentee(pair.menteeId()), pool.mentor(pair.mentorId())).form()
					== MentoringOption.PUPIL_PUPIL));

		Map<Long, Integer> load = new HashMap<>();
		Set<Long> paired = new HashSet<>();
		for (Assignment.Pair pair : assignment.pairs()) {
			MenteeProfile mentee = pool.mentee(pair.menteeId());
			MentorProfile mentor = pool.mentor(pair.mentorId());
			MentorType type = mentor.questionnaire().getMentorType();
			boolean teacher = !mentee.questionnaire().getCategory().pupil();
			MentoringOption form = pool.judge(mentee, mentor).form();
			assertThat(paired.add(mentee.id())).as("each mentee once").isTrue();
			assertThat(school.trained).as("trained").contains(mentor.id());
			assertThat(mentor.participant().getInterviewOutcome()).as("admitted").isNotEqualTo(Boolean.FALSE);
			assertThat(mentor.questionnaire().getChildren()).as("a parent's own child").doesNotContain(mentee.id());
			assertThat(school.chosen).as("a form the programme chose").contains(form);
			assertThat(formFits(form, type, teacher)).as("%s for %s with a %s mentee", form, type,
					teacher ? "teacher" : "pupil").isTrue();
			if (form == MentoringOption.PUPIL_PUPIL) {
				assertThat(school.born.get(mentor.id())).as("the pupil mentor is older")
					.isBefore(school.born.get(mentee.id()));
			}
			assertThat(school.notes).as("no pair the psychologist found incompatible")
				.noneMatch(note -> !note.isCompatible() && note.getMentorId().equals(mentor.id())
						&& note.getMenteeId().equals(mentee.id()));
			assertThat(school.ended).as("no pair that already ended early")
				.noneMatch(ended -> ended.getMentorId().equals(mentor.id()) && ended.getMenteeId().equals(mentee.id()));
			load.merge(mentor.id(), 1, Integer::sum);
		}
		load.forEach((mentor, taken) -> {
			int limit = school.audience == ProgrammeAudience.TEACHERS && !school.chosen.contains(MentoringOption.GROUP)
					? 1 : pool.mentor(mentor).questionnaire().getMaxMentees();
			assertThat(taken).as("the load of mentor %s", mentor).isLessThanOrEqualTo(limit);
		});
	}

	@Property(tries = 300)
	void theProposalIsTheOptimumUnderTheSameScores(@ForAll long seed) {
		School school = new School(seed);
		MatchingPool pool = school.pool();
		Map<Long, Integer> free = school.free(pool);
		long optimal = pool.assign(new MinCostFlowMatching(), school.mentees, free).assignment().totalScore();
		long exhaustive = pool.assign(new ExhaustiveMatching(), school.mentees, free).assignment().totalScore();
		assertThat(optimal).isEqualTo(exhaustive);
	}
}
