package ru.nastavnik.pairing.matching;

import java.util.Arrays;
import java.util.List;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

/**
 * The optimal matching: the largest total score, as a minimum-cost flow solved exactly by OR-Tools.
 * <p>
 * The network: the source gives one unit to each mentee; a mentee passes it to an admissible mentor at the cost of
 * minus the pair's score, or straight to the sink at no cost (left without a mentor); a mentor passes at most its
 * capacity to the sink. The source supplies as many units as there are mentees, so a flow always exists, and the
 * cheapest one is the assignment with the largest total score. Thread-safe: every call builds its own network.
 */
public class MinCostFlowMatching implements Matching {

	@Override
	public Assignment assign(MatchingProblem problem) {
		int mentees = problem.menteeCount();
		if (mentees == 0) {
			return new Assignment(List.of(), List.of());
		}
		NativeLibraries.load();
		int mentors = problem.mentorCount();
		int source = 0;
		int sink = mentees + mentors + 1;
		MinCostFlow flow = new MinCostFlow(sink + 1, problem.candidateCount() + 2 * mentees + mentors);
		try {
			int[] arcs = new int[problem.candidateCount()];
			for (int candidate = 0; candidate < arcs.length; candidate++) {
				arcs[candidate] = flow.addArcWithCapacityAndUnitCost(menteeNode(problem.candidateMentee(candidate)),
						mentorNode(mentees, problem.candidateMentor(candidate)), 1, -problem.score(candidate));
			}
			for (int mentee = 0; mentee < mentees; mentee++) {
				flow.addArcWithCapacityAndUnitCost(source, menteeNode(mentee), 1, 0);
				flow.addArcWithCapacityAndUnitCost(menteeNode(mentee), sink, 1, 0);
			}
			for (int mentor = 0; mentor < mentors; mentor++) {
				flow.addArcWithCapacityAndUnitCost(mentorNode(mentees, mentor), sink, problem.capacity(mentor), 0);
			}
			flow.setNodeSupply(source, mentees);
			flow.setNodeSupply(sink, -mentees);
			MinCostFlowBase.Status status = flow.solve();
			if (status != MinCostFlowBase.Status.OPTIMAL) {
				throw new IllegalStateException(
						"Решатель OR-Tools не нашёл оптимального подбора пар: состояние %s".formatted(status));
			}
			return assignment(problem, flow, arcs);
		}
		finally {
			flow.delete();
		}
	}

	private static int menteeNode(int mentee) {
		return 1 + mentee;
	}

	private static int mentorNode(int mentees, int mentor) {
		return 1 + mentees + mentor;
	}

	private static Assignment assignment(MatchingProblem problem, MinCostFlow flow, int[] arcs) {
		int[] chosen = new int[problem.menteeCount()];
		Arrays.fill(chosen, -1);
		for (int candidate = 0; candidate < arcs.length; candidate++) {
			if (flow.getFlow(arcs[candidate]) > 0) {
				chosen[problem.candidateMentee(candidate)] = candidate;
			}
		}
		return Assignment.of(problem, chosen);
	}

	/** OR-Tools' native libraries, unpacked and loaded once, on the first matching rather than at start-up. */
	private static final class NativeLibraries {

		static {
			Loader.loadNativeLibraries();
		}

		private NativeLibraries() {
		}

		/** Does nothing itself: the first call initialises the class, which loads the libraries, once, thread-safely. */
		static void load() {
			// the static initialiser above does the work
		}
	}
}
