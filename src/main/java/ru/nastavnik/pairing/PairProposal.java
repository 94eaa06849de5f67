package ru.nastavnik.pairing;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.pairing.matching.Assignment;
import ru.nastavnik.pairing.matching.Matching;
import ru.nastavnik.participant.ParticipantProfiles.MenteeProfile;
import ru.nastavnik.participant.ParticipantProfiles.MentorProfile;
import ru.nastavnik.problem.StateConflict;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.Programmes;

/**
 * Roadmap step 18: proposes pairs and groups for the mentees who have none. It judges every mentor with every mentee
 * ({@link MatchingPool}), solves the capacitated assignment optimally ({@link Matching}) and keeps the proposal with
 * each pair's score explained and each mentee left alone with the reason.
 */
@Service
public class PairProposal {

	private final MatchingPools pools;

	private final Matching matching;

	private final MentoringPairs pairs;

	private final UnmatchedMentees unmatched;

	private final MatchingRuns runs;

	private final PairingOrders orders;

	private final Programmes programmes;

	private final Clock clock;

	PairProposal(MatchingPools pools, Matching matching, MentoringPairs pairs, UnmatchedMentees unmatched,
			MatchingRuns runs, PairingOrders orders, Programmes programmes, Clock clock) {
		this.programmes = programmes;
		this.pools = pools;
		this.matching = matching;
		this.pairs = pairs;
		this.unmatched = unmatched;
		this.runs = runs;
		this.orders = orders;
		this.clock = clock;
	}

	/**
	 * Replaces the programme's proposal by a new optimal one. Pairs in effect stay: their mentees are not matched
	 * again and their mentors' load counts.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public MatchingRun run(Programme programme, String by) {
		requireOpen(programme.getId(), orders, programmes);
		long started = System.nanoTime();
		MatchingPool pool = pools.of(programme);
		List<MentoringPair> active = pairs.findByProgrammeIdAndStatusOrderById(programme.getId(), PairStatus.ACTIVE);
		pairs.findByProgrammeIdAndStatusOrderById(programme.getId(), PairStatus.PROPOSED)
			.forEach(pair -> pair.remove("заменена новым подбором", by, clock.instant()));
		unmatched.deleteByProgramme(programme.getId());

		java.util.Set<Long> paired = active.stream().map(MentoringPair::getMenteeId).collect(Collectors.toSet());
		Map<Long, Long> load = active.stream().collect(Collectors.groupingBy(MentoringPair::getMentorId,
				Collectors.counting()));
		List<MenteeProfile> mentees = pool.mentees().stream().filter(mentee -> !paired.contains(mentee.id())).toList();
		Map<Long, Integer> free = new HashMap<>();
		pool.mentors().forEach(mentor -> free.put(mentor.id(),
				pool.capacity(mentor) - load.getOrDefault(mentor.id(), 0L).intValue()));
		MatchingPool.Outcome outcome = pool.assign(matching, mentees, free);
		Assignment assignment = outcome.assignment();
		int mentors = (int) free.values().stream().filter(room -> room > 0).count();
		MatchingRun run = runs.save(new MatchingRun(programme.getId(), mentees.size(), mentors,
				assignment.pairs().size(), assignment.totalScore(), (System.nanoTime() - started) / 1_000_000, by,
				clock.instant()));
		for (Assignment.Pair chosen : assignment.pairs()) {
			MenteeProfile mentee = pool.mentee(chosen.menteeId());
			MentorProfile mentor = pool.mentor(chosen.mentorId());
			MatchingPool.Verdict verdict = pool.judge(mentee, mentor);
			MentoringPair pair = new MentoringPair(programme.getId(), mentor.id(), mentee.id(), verdict.form(),
					verdict.score(), PairSource.SOLVER, by, clock.instant());
			pair.flag(pool.needsPsychologist(mentee, mentor));
			pairs.save(pair);
		}
		for (Long menteeId : assignment.unmatched()) {
			unmatched.save(new UnmatchedMentee(programme.getId(), menteeId,
					whyUnmatched(outcome.admissible().getOrDefault(menteeId, 0),
							outcome.refusals().getOrDefault(menteeId, Map.of()), mentors), run.getId()));
		}
		return run;
	}

	/**
	 * Proposals change one at a time per programme (the programme's row is locked until the change commits: two
	 * people adding a pair for the same mentee cannot both succeed), and only while no version of the order awaits
	 * the director and no approved one is still taking effect.
	 */
	static void requireOpen(Long programmeId, PairingOrders orders, Programmes programmes) {
		programmes.lockById(programmeId);
		if (orders.findFirstByProgrammeIdAndStatusOrderByIdDesc(programmeId, PairingOrderStatus.DRAFT).isPresent()) {
			throw new StateConflict("Проект распоряжения о закреплении пар на "
					+ "утверждении у руководителя: изменить пары можно после его решения (при возврате на доработку)");
		}
		if (orders.takingEffect(programmeId)) {
			throw new StateConflict("Распоряжение о закреплении пар утверждено, пары "
					+ "вступают в силу: изменить предложение можно через несколько секунд, когда они станут действующими");
		}
	}

	private static String whyUnmatched(int admissible, Map<String, Integer> refusals, int mentors) {
		if (admissible > 0) {
			return "все допустимые наставники (" + admissible + ") заняты: их нагрузка исчерпана парами с большей "
					+ "суммой оценок";
		}
		if (mentors == 0) {
			return "нет наставников со свободной нагрузкой: в базе нет наставников или все они уже ведут пары "
					+ "(группы) в пределах своей нагрузки";
		}
		return "нет допустимого наставника: " + refusals.entrySet().stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.map(entry -> entry.getKey() + " (" + entry.getValue() + ")")
			.collect(Collectors.joining("; "));
	}
}
