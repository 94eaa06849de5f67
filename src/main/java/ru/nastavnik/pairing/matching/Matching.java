package ru.nastavnik.pairing.matching;

/** A way to choose pairs and groups: every mentee gets at most one mentor, no mentor more mentees than it takes. */
public interface Matching {

	/**
	 * Chooses pairs among the problem's admissible candidates.
	 *
	 * @param problem the mentees, the mentors with their capacities and the admissible pairs with their scores
	 * @return the chosen pairs and the mentees left without a mentor
	 */
	Assignment assign(MatchingProblem problem);
}
