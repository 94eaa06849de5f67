package ru.nastavnik.pairing.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of a {@link Matching}: the chosen pairs (a mentor with several pairs leads a group) and the mentees who
 * got no mentor.
 *
 * @param pairs the chosen pairs, in the order of the problem's mentees
 * @param unmatched the ids of the mentees left without a mentor, in the order of the problem's mentees
 */
public record Assignment(List<Pair> pairs, List<Long> unmatched) {

	/**
	 * One mentee with one mentor.
	 *
	 * @param menteeId the mentee
	 * @param mentorId the mentor
	 * @param score how well they fit, as the problem scored the candidate pair
	 */
	public record Pair(long menteeId, long mentorId, int score) {
	}

	public Assignment {
		pairs = List.copyOf(pairs);
		unmatched = List.copyOf(unmatched);
	}

	/**
	 * @param problem the problem solved
	 * @param chosen for each mentee's position, the position of its chosen candidate pair, or -1 for none
	 * @return the assignment in the order of the problem's mentees
	 */
	static Assignment of(MatchingProblem problem, int[] chosen) {
		List<Pair> pairs = new ArrayList<>();
		List<Long> unmatched = new ArrayList<>();
		for (int mentee = 0; mentee < chosen.length; mentee++) {
			int candidate = chosen[mentee];
			if (candidate < 0) {
				unmatched.add(problem.menteeId(mentee));
			}
			else {
				pairs.add(new Pair(problem.menteeId(mentee), problem.mentorId(problem.candidateMentor(candidate)),
						problem.score(candidate)));
			}
		}
		return new Assignment(pairs, unmatched);
	}

	/** @return the sum of the chosen pairs' scores */
	public long totalScore() {
		return pairs.stream().mapToLong(Pair::score).sum();
	}
}
