package ru.nastavnik.pairing;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.nastavnik.participant.ParticipantWithdrawn;

/** Revocation of consent lets a participant go from the preference questionnaires, in the same transaction. */
@Component
class PreferencesOfWithdrawn {

	private final Preferences preferences;

	PreferencesOfWithdrawn(Preferences preferences) {
		this.preferences = preferences;
	}

	@EventListener
	void on(ParticipantWithdrawn withdrawn) {
		preferences.deleteInvolving(withdrawn.participantId());
	}
}
