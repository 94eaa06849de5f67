package ru.nastavnik.pairing.matching;

import java.util.Arrays;

/**
 * The baseline to beat: take the admissible pairs from the highest score down and keep each one whose mentee is still
 * free and whose mentor still has room. Fast and usually good, never better than the optimum.
 */
class GreedyMatching implements Matching {

	@Override
	public Assignment assign(MatchingProblem problem) {
		long[] order = new long[problem.candidateCount()];
		for (int candidate = 0; candidate < order.length; candidate++) {
			order[candidate] = (long) (Integer.MAX_VALUE - problem.score(candidate)) << 32 | candidate;
		}
		Arrays.sort(order);
		int[] left = new int[problem.mentorCount()];
		for (int mentor = 0; mentor < left.length; mentor++) {
			left[mentor] = problem.capacity(mentor);
		}
		int[] chosen = new int[problem.menteeCount()];
		Arrays.fill(chosen, -1);
		for (long key : order) {
			int candidate = (int) key;
			int mentee = problem.candidateMentee(candidate);
			int mentor = problem.candidateMentor(candidate);
			if (chosen[mentee] < 0 && left[mentor] > 0) {
				chosen[mentee] = candidate;
				left[mentor]--;
			}
		}
		return Assignment.of(problem, chosen);
	}
}
