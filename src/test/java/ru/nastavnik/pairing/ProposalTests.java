package ru.nastavnik.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * The review form's text: a small proposal explained pair by pair, a large one as its figures with the way to the table
 * of pairs; either fits an engine text variable (4,000 characters).
 */
class ProposalTests {

	private static Proposal proposal(int pairs, int unmatched) {
		List<Proposal.PairView> views = IntStream.rangeClosed(1, pairs).mapToObj(i -> new Proposal.PairView((long) i,
				PairStatus.PROPOSED, "предложена", new Proposal.Person(1000L + i, "Наставникова Мария Ивановна"),
				new Proposal.Person(2000L + i, "Наставляемый Пётр Сергеевич"), "TEACHER_PUPIL", "учитель – ученик", 57,
				20, 20, 15, 0, "Итого 57: допустимая пара — 1; запросы и компетенции совпали (2 из 3: «математика», "
						+ "«олимпиада») — 27; форма «учитель – ученик» рекомендована наставляемому — 20", i == 1,
				PairSource.SOLVER, null)).toList();
		List<Proposal.UnmatchedView> alone = IntStream.rangeClosed(1, unmatched)
			.mapToObj(i -> new Proposal.UnmatchedView(new Proposal.Person(3000L + i, "Одинокий Иван"),
					"все допустимые наставники (2) заняты")).toList();
		return new Proposal(7L, views, alone, 57L * pairs, null);
	}

	@Test
	void shouldExplainEachPairOfASmallProposal() {
		String text = proposal(3, 1).markdown();
		assertThat(text).contains("Пары и группы: 3, сумма оценок 171", "Пара № 1 **ждёт педагога-психолога**",
				"Итого 57", "Без наставника", "Одинокий Иван: все допустимые наставники (2) заняты")
			.doesNotContain("и ещё");
	}

	@Test
	void shouldGiveTheFiguresOfALargeProposalAndLeadToTheTable() {
		String text = proposal(300, 40).markdown();
		assertThat(text.length()).isLessThan(4000);
		assertThat(text).contains("Пары и группы: 300, сумма оценок 17100", "Без наставника: 40",
				"Ждут педагога-психолога: 1", "в таблице пар").doesNotContain("Пара № 1", "Итого 57", "Одинокий Иван");
	}

	@Test
	void shouldFitASmallProposalWithManyMenteesLeftAloneAndSayWhatIsLeftOut() {
		String text = proposal(2, 200).markdown();
		assertThat(text.length()).isLessThan(4000);
		assertThat(text).contains("Пара № 1", "Итого 57", "Одинокий Иван", "и ещё строк:", "в таблице пар");
	}
}
