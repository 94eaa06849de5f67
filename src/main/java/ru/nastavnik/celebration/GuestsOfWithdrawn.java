package ru.nastavnik.celebration;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.nastavnik.participant.ParticipantWithdrawn;

/** Revocation of consent takes the participant's name off the final event's list of guests, in the same transaction. */
@Component
class GuestsOfWithdrawn {

	private final Celebration celebration;

	GuestsOfWithdrawn(Celebration celebration) {
		this.celebration = celebration;
	}

	@EventListener
	void on(ParticipantWithdrawn withdrawn) {
		celebration.forget(withdrawn.participantId());
	}
}
