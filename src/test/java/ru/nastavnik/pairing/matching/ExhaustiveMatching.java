package ru.nastavnik.pairing.matching;

/**
 * The exact optimum by trying every assignment, mentee by mentee, cutting branches that cannot beat the best found: a
 * reference for small problems only (up to 8 mentees and 4 mentors).
 */
public class ExhaustiveMatching implements Matching {

	public static final int MAX_MENTEES = 8;

	public static final int MAX_MENTORS = 4;

	@Override
	public Assignment assign(MatchingProblem problem) {
		if (problem.menteeCount() > MAX_MENTEES || problem.mentorCount() > MAX_MENTORS) {
			throw new IllegalArgumentException("Exhaustive search is for up to %d mentees and %d mentors"
				.formatted(MAX_MENTEES, MAX_MENTORS));
		}
		return new Search(problem).run();
	}

	/** One search: the current partial assignment and the best complete one so far. */
	private static final class Search {

		private final MatchingProblem problem;

		private final int[] left;

		private final int[] chosen;

		private final int[] best;

		private final long[] bestRest;

		private long bestScore = -1;

		Search(MatchingProblem problem) {
			this.problem = problem;
			this.left = new int[problem.mentorCount()];
			for (int mentor = 0; mentor < left.length; mentor++) {
				left[mentor] = problem.capacity(mentor);
			}
			this.chosen = new int[problem.menteeCount()];
			this.best = new int[problem.menteeCount()];
			this.bestRest = new long[problem.menteeCount() + 1];
			for (int candidate = 0; candidate < problem.candidateCount(); candidate++) {
				int mentee = problem.candidateMentee(candidate);
				bestRest[mentee] = Math.max(bestRest[mentee], problem.score(candidate));
			}
			for (int mentee = problem.menteeCount() - 1; mentee >= 0; mentee--) {
				bestRest[mentee] += bestRest[mentee + 1];
			}
		}

		Assignment run() {
			visit(0, 0);
			return Assignment.of(problem, best);
		}

		private void visit(int mentee, long score) {
			if (score + bestRest[mentee] <= bestScore) {
				return;
			}
			if (mentee == chosen.length) {
				bestScore = score;
				System.arraycopy(chosen, 0, best, 0, chosen.length);
				return;
			}
			for (int candidate = 0; candidate < problem.candidateCount(); candidate++) {
				int mentor = problem.candidateMentor(candidate);
				if (problem.candidateMentee(candidate) == mentee && left[mentor] > 0) {
					left[mentor]--;
					chosen[mentee] = candidate;
					visit(mentee + 1, score + problem.score(candidate));
					left[mentor]++;
				}
			}
			chosen[mentee] = -1;
			visit(mentee + 1, score);
		}
	}
}
