package ru.nastavnik.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The table of pairs' query: read from the address, applied to the pairs, written back into links. */
class PairQueryTests {

	private static Proposal.PairView pair(long id, String mentee, String mentor, String form, String formTitle,
			int score, boolean flagged) {
		return new Proposal.PairView(id, PairStatus.PROPOSED, "предложена", new Proposal.Person(100 + id, mentor),
				new Proposal.Person(200 + id, mentee), form, formTitle, score, 0, 0, 0, 0, "Итого " + score, flagged,
				PairSource.SOLVER, null);
	}

	private static final List<Proposal.PairView> PAIRS = List.of(
			pair(1, "Ёлкина Мария", "Семёнов Илья", "TEACHER_PUPIL", "учитель – ученик", 40, false),
			pair(2, "Абрамов Пётр", "Яшин Олег", "EMPLOYER_PUPIL", "работодатель – ученик", 70, true),
			pair(3, "Иванова Анна", "Семёнов Илья", "TEACHER_PUPIL", "учитель – ученик", 55, false));

	private static List<Long> ids(PairQuery query) {
		return query.select(PAIRS).stream().map(Proposal.PairView::id).toList();
	}

	@Test
	void shouldReadAPlainAddressAsEveryPairByNumber() {
		PairQuery.Parsed parsed = PairQuery.parse(Map.of());
		assertThat(parsed.errors()).isEmpty();
		assertThat(parsed.query()).isEqualTo(PairQuery.ALL);
		assertThat(ids(parsed.query())).containsExactly(1L, 2L, 3L);
		assertThat(parsed.query().asQuery()).isEmpty();
	}

	@Test
	void shouldSortByRussianNamesAndByScoreEitherWay() {
		// «Ё» sorts with «Е», after «И» in the Russian alphabet order of the collator
		assertThat(ids(PairQuery.parse(Map.of("sort", "mentee")).query())).containsExactly(2L, 1L, 3L);
		assertThat(ids(PairQuery.parse(Map.of("sort", "score", "dir", "desc")).query())).containsExactly(2L, 3L, 1L);
		assertThat(ids(PairQuery.parse(Map.of("sort", "mentor", "dir", "desc")).query())).containsExactly(2L, 1L, 3L);
		assertThat(ids(PairQuery.parse(Map.of("sort", "nonsense")).query())).containsExactly(1L, 2L, 3L);
	}

	@Test
	void shouldFilterByFormMentorWordsStateAndScores() {
		assertThat(ids(PairQuery.parse(Map.of("form", "TEACHER_PUPIL")).query())).containsExactly(1L, 3L);
		assertThat(ids(PairQuery.parse(Map.of("mentor", "101")).query())).containsExactly(1L);
		assertThat(ids(PairQuery.parse(Map.of("q", "семенов")).query())).containsExactly(1L, 3L);
		assertThat(ids(PairQuery.parse(Map.of("q", "№ 202")).query())).containsExactly(2L);
		assertThat(ids(PairQuery.parse(Map.of("state", "flagged")).query())).containsExactly(2L);
		assertThat(ids(PairQuery.parse(Map.of("scoreFrom", "45", "scoreTo", "60")).query())).containsExactly(3L);
	}

	@Test
	void shouldNameWhatItCannotReadAndLeaveItOut() {
		PairQuery.Parsed parsed = PairQuery.parse(Map.of("scoreFrom", "-3", "scoreTo", "abc", "mentor", "Иванов",
				"state", "lost", "page", "x"));
		assertThat(parsed.errors()).containsOnlyKeys("scoreFrom", "scoreTo", "mentor", "state");
		assertThat(parsed.errors().get("scoreFrom")).isEqualTo("Оценка — целое число баллов не меньше 0, например 40");
		assertThat(parsed.query().filtered()).isFalse();
		assertThat(parsed.query().page()).isZero();
		assertThat(PairQuery.parse(Map.of("scoreFrom", "60", "scoreTo", "40")).errors())
			.containsEntry("scoreTo", "Оценка «до» не может быть меньше оценки «от» (60)");
	}

	@Test
	void shouldWriteItselfIntoLinksOfItsSortsAndPages() {
		PairQuery query = PairQuery.parse(Map.of("q", "Семёнов", "sort", "score", "page", "2")).query();
		assertThat(query.sortedBy("score")).isEqualTo("?q=%D0%A1%D0%B5%D0%BC%D1%91%D0%BD%D0%BE%D0%B2&sort=score&dir=desc");
		assertThat(query.sortedBy("mentee")).isEqualTo("?q=%D0%A1%D0%B5%D0%BC%D1%91%D0%BD%D0%BE%D0%B2&sort=mentee");
		assertThat(query.atPage(1)).endsWith("&sort=score&page=1");
		assertThat(query.ariaSort("score")).isEqualTo("ascending");
		assertThat(query.ariaSort("mentor")).isEqualTo("none");
	}
}
