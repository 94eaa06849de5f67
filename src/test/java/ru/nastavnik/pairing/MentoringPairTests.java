package ru.nastavnik.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import ru.nastavnik.problem.StateConflict;
import ru.nastavnik.programme.MentoringOption;

/** A pair guards its own life: proposed → in effect (or removed) → ended early or completed, never backwards. */
class MentoringPairTests {

	private static final Instant NOW = Instant.parse("2026-10-01T09:00:00Z");

	private static MentoringPair proposed() {
		return new MentoringPair(1L, 10L, 20L, MentoringOption.TEACHER_PUPIL, new PairScore(0, 20, 0, 0, List.of()),
				PairSource.SOLVER, "workgroup-school3", NOW);
	}

	@Test
	void shouldTakeEffectOnlyFromTheProposalAndEndOnlyWhileInEffect() {
		MentoringPair pair = proposed();
		assertThatThrownBy(() -> pair.end("причина", NOW)).isInstanceOf(StateConflict.class)
			.hasMessageContaining("прекращается досрочно");
		assertThatThrownBy(() -> pair.complete(NOW)).isInstanceOf(StateConflict.class);

		pair.activate(5L, NOW);
		assertThat(pair.getStatus()).isEqualTo(PairStatus.ACTIVE);
		assertThatThrownBy(() -> pair.activate(6L, NOW)).isInstanceOf(StateConflict.class);
		assertThatThrownBy(() -> pair.remove("причина", "workgroup-school3", NOW)).isInstanceOf(StateConflict.class)
			.hasMessageContaining("исключается из предложения");

		pair.end("наставник отозвал согласие", NOW);
		assertThat(pair.getStatus()).isEqualTo(PairStatus.ENDED);
		assertThatThrownBy(() -> pair.complete(NOW)).isInstanceOf(StateConflict.class);
	}

	@Test
	void shouldRemoveOnlyAProposedPair() {
		MentoringPair pair = proposed();
		pair.remove("исключена рабочей группой", "workgroup-school3", NOW);
		assertThat(pair.getStatus()).isEqualTo(PairStatus.REMOVED);
		assertThatThrownBy(() -> pair.activate(5L, NOW)).isInstanceOf(StateConflict.class);
	}
}
