package ru.nastavnik.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** The questionnaires go out in the step's month: on its first morning, a week before the due date at the latest. */
class FeedbackScheduleTests {

	private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	private static Instant at(int year, int month, int day, int hour) {
		return LocalDateTime.of(year, month, day, hour, 0).atZone(MOSCOW).toInstant();
	}

	@Test
	void shouldOpenOnTheFirstMorningOfTheStepsMonth() {
		assertThat(FeedbackSchedule.opensAt(at(2026, 11, 30, 18), at(2026, 10, 20, 10), MOSCOW))
			.isEqualTo(at(2026, 11, 1, 9));
		// the May round's task appears in the autumn; its mails wait for May
		assertThat(FeedbackSchedule.opensAt(at(2027, 5, 31, 18), at(2026, 11, 27, 10), MOSCOW))
			.isEqualTo(at(2027, 5, 1, 9));
	}

	@Test
	void shouldLeaveAWeekBeforeAnEarlyDueDateAndNeverOpenInThePast() {
		assertThat(FeedbackSchedule.opensAt(at(2026, 11, 5, 18), at(2026, 10, 20, 10), MOSCOW))
			.isEqualTo(at(2026, 10, 29, 18));
		assertThat(FeedbackSchedule.opensAt(at(2026, 11, 30, 18), at(2026, 11, 12, 10), MOSCOW))
			.isEqualTo(at(2026, 11, 12, 10));
	}
}
