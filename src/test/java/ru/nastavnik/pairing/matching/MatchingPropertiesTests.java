package ru.nastavnik.pairing.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The optimal matching against the exhaustive optimum and the greedy baseline on random small problems. */
class MatchingPropertiesTests {

	private final Matching optimal = new MinCostFlowMatching();

	/**
	 * Checks what every assignment must respect: only admissible pairs with their own scores, no mentor over capacity,
	 * each mentee exactly once, either paired or unmatched.
	 */
	static void assertRespects(MatchingProblem problem, Assignment assignment) {
		Map<List<Long>, Integer> scores = new HashMap<>();
		problem.candidates()
			.forEach(candidate -> scores.put(List.of(candidate.menteeId(), candidate.mentorId()), candidate.score()));
		Map<Long, Integer> taken = new HashMap<>();
		List<Long> seen = new ArrayList<>(assignment.unmatched());
		for (Assignment.Pair pair : assignment.pairs()) {
			assertThat(scores.get(List.of(pair.menteeId(), pair.mentorId()))).as("pair %s", pair)
				.isEqualTo(pair.score());
			taken.merge(pair.mentorId(), 1, Integer::sum);
			seen.add(pair.menteeId());
		}
		problem.mentors()
			.forEach(mentor -> assertThat(taken.getOrDefault(mentor.id(), 0)).as("mentor %s", mentor)
				.isLessThanOrEqualTo(mentor.capacity()));
		assertThat(seen).containsExactlyInAnyOrderElementsOf(problem.mentees());
		Set<Long> unmatched = new HashSet<>(assignment.unmatched());
		assertThat(unmatched).hasSameSizeAs(assignment.unmatched());
	}

	@Provide
	Arbitrary<MatchingProblem> smallProblems() {
		Arbitrary<Integer> mentees = Arbitraries.integers().between(0, ExhaustiveMatching.MAX_MENTEES);
		Arbitrary<List<Integer>> capacities = Arbitraries.integers()
			.between(1, 3)
			.list()
			.ofMinSize(1)
			.ofMaxSize(ExhaustiveMatching.MAX_MENTORS);
		return Combinators.combine(mentees, capacities)
			.flatAs((menteeCount, mentorCapacities) -> Arbitraries.integers()
				.between(-6, 9)
				.list()
				.ofSize(menteeCount * mentorCapacities.size())
				.map(scores -> problem(menteeCount, mentorCapacities, scores)));
	}

	/** Mentee {@code i} is id {@code 10 + i}, mentor {@code j} is id {@code 1000 + j}; a score below 1 means "not admissible". */
	private static MatchingProblem problem(int mentees, List<Integer> capacities, List<Integer> scores) {
		MatchingProblem.Builder builder = MatchingProblem.builder();
		for (int mentor = 0; mentor < capacities.size(); mentor++) {
			builder.mentor(1000 + mentor, capacities.get(mentor));
		}
		for (int mentee = 0; mentee < mentees; mentee++) {
			builder.mentee(10 + mentee);
			for (int mentor = 0; mentor < capacities.size(); mentor++) {
				int score = scores.get(mentee * capacities.size() + mentor);
				if (score >= 1) {
					builder.candidate(10 + mentee, 1000 + mentor, score);
				}
			}
		}
		return builder.build();
	}

	@Property(tries = 500)
	void optimalMatchingRespectsTheProblem(@ForAll("smallProblems") MatchingProblem problem) {
		assertRespects(problem, optimal.assign(problem));
	}

	@Property(tries = 500)
	void optimalMatchingReachesTheExhaustiveOptimum(@ForAll("smallProblems") MatchingProblem problem) {
		assertThat(optimal.assign(problem).totalScore())
			.isEqualTo(new ExhaustiveMatching().assign(problem).totalScore());
	}

	@Property(tries = 500)
	void greedyRespectsTheProblemAndNeverBeatsTheOptimum(@ForAll("smallProblems") MatchingProblem problem) {
		Assignment greedy = new GreedyMatching().assign(problem);
		assertRespects(problem, greedy);
		assertThat(greedy.totalScore()).isLessThanOrEqualTo(optimal.assign(problem).totalScore());
	}
}
