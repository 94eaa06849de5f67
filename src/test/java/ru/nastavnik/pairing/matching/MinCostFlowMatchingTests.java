package ru.nastavnik.pairing.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import ru.nastavnik.pairing.matching.MatchingProblem.Candidate;
import ru.nastavnik.pairing.matching.MatchingProblem.Mentor;

/** The optimal matching on problems small enough to check by hand. */
class MinCostFlowMatchingTests {

	private final Matching matching = new MinCostFlowMatching();

	@Test
	void anEmptyProblemHasAnEmptyAssignment() {
		Assignment assignment = matching.assign(MatchingProblem.of(List.of(), List.of(), List.of()));

		assertThat(assignment.pairs()).isEmpty();
		assertThat(assignment.unmatched()).isEmpty();
		assertThat(assignment.totalScore()).isZero();
	}

	@Test
	void withoutCandidatesEveryMenteeIsUnmatched() {
		Assignment assignment = matching
			.assign(MatchingProblem.of(List.of(1L, 2L, 3L), List.of(new Mentor(10, 2)), List.of()));

		assertThat(assignment.pairs()).isEmpty();
		assertThat(assignment.unmatched()).containsExactly(1L, 2L, 3L);
	}

	@Test
	void aMentorWithCapacityTwoLeadsAGroup() {
		MatchingProblem problem = MatchingProblem.of(List.of(1L, 2L, 3L), List.of(new Mentor(10, 2), new Mentor(20, 1)),
				List.of(new Candidate(1, 10, 5), new Candidate(2, 10, 4), new Candidate(3, 10, 3),
						new Candidate(3, 20, 1)));

		Assignment assignment = matching.assign(problem);

		assertThat(assignment.pairs()).extracting(Assignment.Pair::menteeId, Assignment.Pair::mentorId)
			.containsExactly(tuple(1L, 10L), tuple(2L, 10L), tuple(3L, 20L));
		assertThat(assignment.unmatched()).isEmpty();
		assertThat(assignment.totalScore()).isEqualTo(10);
	}

	@Test
	void theOptimumGivesUpTheBestPairWhenTwoGoodOnesBeatIt() {
		MatchingProblem problem = MatchingProblem.of(List.of(1L, 2L), List.of(new Mentor(10, 1), new Mentor(20, 1)),
				List.of(new Candidate(1, 10, 10), new Candidate(1, 20, 9), new Candidate(2, 10, 9)));

		Assignment optimal = matching.assign(problem);
		Assignment greedy = new GreedyMatching().assign(problem);

		assertThat(optimal.pairs()).containsExactly(new Assignment.Pair(1, 20, 9), new Assignment.Pair(2, 10, 9));
		assertThat(greedy.totalScore()).isEqualTo(10);
		assertThat(greedy.unmatched()).containsExactly(2L);
	}

	@Test
	void aLeftOutMenteeIsReportedUnmatched() {
		MatchingProblem problem = MatchingProblem.of(List.of(1L, 2L, 3L), List.of(new Mentor(10, 1)),
				List.of(new Candidate(1, 10, 2), new Candidate(2, 10, 7), new Candidate(3, 10, 1)));

		Assignment assignment = matching.assign(problem);

		MatchingPropertiesTests.assertRespects(problem, assignment);
		assertThat(assignment.pairs()).containsExactly(new Assignment.Pair(2, 10, 7));
		assertThat(assignment.unmatched()).containsExactly(1L, 3L);
	}
}
