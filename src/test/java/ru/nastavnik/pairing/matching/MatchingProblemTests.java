package ru.nastavnik.pairing.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;
import ru.nastavnik.pairing.matching.MatchingProblem.Candidate;
import ru.nastavnik.pairing.matching.MatchingProblem.Mentor;

/** A matching problem is checked when built and keeps its pairs grouped by mentee, whatever order they came in. */
class MatchingProblemTests {

	private static final List<Mentor> MENTORS = List.of(new Mentor(10, 1), new Mentor(20, 2));

	@Test
	void pairsAreGroupedByMenteeInTheMenteesOrder() {
		MatchingProblem problem = MatchingProblem.builder()
			.candidate(2, 10, 3)
			.candidate(1, 20, 4)
			.candidate(2, 20, 5)
			.mentee(1)
			.mentee(2)
			.mentor(10, 1)
			.mentor(20, 2)
			.build();

		assertThat(problem.candidates()).containsExactly(new Candidate(1, 20, 4), new Candidate(2, 10, 3),
				new Candidate(2, 20, 5));
		assertThat(problem.mentees()).containsExactly(1L, 2L);
		assertThat(problem.mentors()).containsExactlyElementsOf(MENTORS);
	}

	@Test
	void aCapacityBelowOneIsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MatchingProblem.of(List.of(1L), List.of(new Mentor(10, 0)), List.of()))
			.withMessage("Наставник 10 может взять 0 наставляемых: нужно не меньше одного");
	}

	@Test
	void aRepeatedPersonIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> MatchingProblem.of(List.of(1L, 1L), MENTORS, List.of()))
			.withMessage("Наставляемый 1 указан в задаче подбора дважды");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MatchingProblem.of(List.of(1L), List.of(new Mentor(10, 1), new Mentor(10, 2)), List.of()))
			.withMessage("Наставник 10 указан в задаче подбора дважды");
	}

	@Test
	void aPairWithSomeoneUnknownIsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MatchingProblem.of(List.of(1L), MENTORS, List.of(new Candidate(2, 10, 1))))
			.withMessage("Пара «наставляемый 2 — наставник 10»: наставляемого 2 нет в задаче подбора");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MatchingProblem.of(List.of(1L), MENTORS, List.of(new Candidate(1, 30, 1))))
			.withMessage("Пара «наставляемый 1 — наставник 30»: наставника 30 нет в задаче подбора");
	}

	@Test
	void aRepeatedPairIsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MatchingProblem.of(List.of(1L, 2L), MENTORS,
					List.of(new Candidate(1, 10, 1), new Candidate(2, 10, 1), new Candidate(1, 10, 2))))
			.withMessage("Пара «наставляемый 1 — наставник 10» указана дважды");
	}

	@Test
	void aScoreBelowOneIsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MatchingProblem.of(List.of(1L), MENTORS, List.of(new Candidate(1, 10, 0))))
			.withMessage("У пары «наставляемый 1 — наставник 10» оценка 0: нужна не меньше 1");
	}
}
