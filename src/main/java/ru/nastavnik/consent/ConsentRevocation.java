package ru.nastavnik.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.Participants;
import ru.nastavnik.participant.Withdrawal;
import ru.nastavnik.problem.RuleViolation;
import ru.nastavnik.problem.StateConflict;
import ru.nastavnik.time.RussianDates;
import ru.nastavnik.web.ConflictRetry;

/**
 * A consent can be revoked at any time (152-ФЗ ст. 9 ч. 2). Revoking the consent to publication stops publication
 * only. Revoking the consent to processing is a message to the participant's enrolment: its open tasks end and the
 * participant leaves the bases; then what identifies them is erased and the erasure act is drawn up — all in one
 * transaction.
 */
@Service
public class ConsentRevocation {

	private final ConsentRegister consents;

	private final Participants participants;

	private final Withdrawal withdrawal;

	private final PersonalDataErasure erasure;

	private final Clock clock;

	private final ConflictRetry conflicts;

	ConsentRevocation(ConsentRegister consents, Participants participants, Withdrawal withdrawal,
			PersonalDataErasure erasure, Clock clock, ConflictRetry conflicts) {
		this.conflicts = conflicts;
		this.consents = consents;
		this.participants = participants;
		this.withdrawal = withdrawal;
		this.erasure = erasure;
		this.clock = clock;
	}

	/**
	 * Returns the erasure act when the consent to processing was revoked. The consent and its participant are read
	 * here, in the revocation's own transaction, so every change to them is written with it. The message ends tasks
	 * whose escalation jobs may be firing at that moment: the whole revocation then runs again ({@link ConflictRetry}).
	 */
	public Optional<ErasureRecord> revoke(Long consentId, LocalDate revokedOn, String by) {
		return conflicts.inTransaction(() -> revokeOnce(consentId, revokedOn, by));
	}

	private Optional<ErasureRecord> revokeOnce(Long consentId, LocalDate revokedOn, String by) {
		Consent consent = consents.find(consentId)
			.orElseThrow(() -> new IllegalArgumentException("Согласие " + consentId + " не найдено"));
		Participant participant = participants.findById(consent.getParticipantId())
			.orElseThrow(() -> new IllegalStateException("Участник " + consent.getParticipantId() + " не найден"));
		LocalDate today = LocalDate.now(clock);
		if (consent.getRevokedOn() != null) {
			throw new StateConflict("Согласие № " + consent.number() + " уже отозвано " + RussianDates.format(consent.getRevokedOn()));
		}
		LocalDate on = revokedOn == null ? today : revokedOn;
		if (on.isAfter(today) || on.isBefore(consent.getReceivedOn())) {
			throw new RuleViolation("Дата отзыва — не позже сегодняшней и "
					+ "не раньше получения согласия (" + RussianDates.format(consent.getReceivedOn()) + ")");
		}
		consent.revoke(on, by, clock.instant());
		if (consent.getPurpose() != ConsentPurpose.PROCESSING) {
			return Optional.empty();
		}
		// without processing there is nothing to publish either
		consents.consents(participant).stream()
			.filter(other -> other.getRevokedOn() == null)
			.forEach(other -> other.revoke(on, by, clock.instant()));
		withdrawal.consentRevoked(participant);
		return Optional.of(erasure.erase(participant, "Отзыв согласия на обработку персональных данных № "
				+ consent.number() + " от " + RussianDates.format(on), by));
	}
}
