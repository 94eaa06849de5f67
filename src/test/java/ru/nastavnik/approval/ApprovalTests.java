package ru.nastavnik.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import ru.nastavnik.problem.InvalidInput;

/** The rules every «утвердить / вернуть на доработку» shares, whatever is decided. */
class ApprovalTests {

	private static final Instant NOW = Instant.parse("2026-10-01T09:00:00Z");

	@Test
	void shouldKeepWhoApprovedAndWhenWithoutAComment() {
		Approval approval = Approval.approved("director-school3", NOW);

		assertThat(approval.isTaken()).isTrue();
		assertThat(approval.isApproved()).isTrue();
		assertThat(approval.getOutcome()).isEqualTo(Approval.Outcome.APPROVED);
		assertThat(approval.getDecidedBy()).isEqualTo("director-school3");
		assertThat(approval.getDecidedAt()).isEqualTo(NOW);
		assertThat(approval.getComment()).isNull();
	}

	@Test
	void shouldReturnOnlyWithACommentThatSaysWhatToFix() {
		assertThatThrownBy(() -> Approval.returned(null, "director-school3", NOW)).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("напишите комментарий");
		assertThatThrownBy(() -> Approval.returned("   да ", "director-school3", NOW))
			.isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> Approval.returned("x".repeat(2001), "director-school3", NOW))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("2000");

		Approval returned = Approval.returned("  Уточните сроки этапов  ", "director-school3", NOW);
		assertThat(returned.isApproved()).isFalse();
		assertThat(returned.getOutcome()).isEqualTo(Approval.Outcome.RETURNED);
		assertThat(returned.getComment()).isEqualTo("Уточните сроки этапов");
	}
}
