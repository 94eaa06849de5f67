package ru.nastavnik.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import ru.nastavnik.problem.StateConflict;

/**
 * A participant guards their own way into the bases: consent → questionnaire → the working group's decision → (for a
 * mentor) the interview, never backwards and never again; once processing has stopped, nothing moves.
 */
class ParticipantTests {

	private static final Instant NOW = Instant.parse("2026-10-01T09:00:00Z");

	private static Participant added(ParticipantRole role) {
		return new Participant(null, new Person(1L, "Иванова Анна Сергеевна", LocalDate.of(1990, 3, 4), null, null),
				null, role, "учитель математики", false, ParticipantSource.CURATOR, "curator-school3", NOW);
	}

	@Test
	void shouldGoFromConsentToTheBaseInOrder() {
		Participant mentor = added(ParticipantRole.MENTOR);
		assertThatThrownBy(() -> mentor.decideOnBase(true, null, "workgroup-school3", NOW))
			.isInstanceOf(StateConflict.class)
			.hasMessageContaining("ожидается согласие на обработку персональных данных")
			.hasMessageContaining("решение о базе принимается по анкете на рассмотрении");

		mentor.consentReceived();
		assertThat(mentor.getStatus()).isEqualTo(ParticipantStatus.AWAITING_QUESTIONNAIRE);
		mentor.consentReceived();
		assertThat(mentor.getStatus()).isEqualTo(ParticipantStatus.AWAITING_QUESTIONNAIRE);
		assertThatThrownBy(() -> mentor.recordInterview(true, null, "workgroup-school3", NOW))
			.isInstanceOf(StateConflict.class);

		mentor.questionnaireSubmitted();
		assertThat(mentor.getStatus()).isEqualTo(ParticipantStatus.UNDER_REVIEW);
		assertThatThrownBy(mentor::questionnaireSubmitted).isInstanceOf(StateConflict.class)
			.hasMessageContaining("анкета принимается один раз");
		assertThatThrownBy(mentor::consentReceived).isInstanceOf(StateConflict.class);

		mentor.decideOnBase(true, null, "workgroup-school3", NOW);
		assertThat(mentor.getStatus()).isEqualTo(ParticipantStatus.IN_BASE);
		assertThatThrownBy(() -> mentor.decideOnBase(false, "передумали", "workgroup-school3", NOW))
			.isInstanceOf(StateConflict.class);

		mentor.recordInterview(false, "не готов к работе с подростками", "workgroup-school3", NOW);
		assertThat(mentor.getStatus()).isEqualTo(ParticipantStatus.NOT_INCLUDED);
		assertThatThrownBy(() -> mentor.recordInterview(true, null, "workgroup-school3", NOW))
			.isInstanceOf(StateConflict.class).hasMessageContaining("не включён в базу");
	}

	@Test
	void shouldNotMoveOnceProcessingHasStopped() {
		Participant mentee = added(ParticipantRole.MENTEE);
		mentee.consentReceived();
		mentee.withdraw(NOW);
		assertThat(mentee.getStatus()).isEqualTo(ParticipantStatus.WITHDRAWN);
		assertThatThrownBy(mentee::consentReceived).isInstanceOf(StateConflict.class)
			.hasMessageContaining("обработка прекращена");
		assertThatThrownBy(mentee::questionnaireSubmitted).isInstanceOf(StateConflict.class);
		assertThatThrownBy(() -> mentee.decideOnBase(true, null, "workgroup-school3", NOW))
			.isInstanceOf(StateConflict.class);
	}

	@Test
	void shouldStartTheEnrolmentOnce() {
		Participant mentee = added(ParticipantRole.MENTEE);
		mentee.enrolWith(true, true);
		assertThat(mentee.getStatus()).isEqualTo(ParticipantStatus.UNDER_REVIEW);
		mentee.attachProcess("process-1");
		assertThatThrownBy(() -> mentee.enrolWith(false, false)).isInstanceOf(StateConflict.class)
			.hasMessageContaining("включение в программу уже начато");
	}
}
