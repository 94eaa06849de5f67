package ru.nastavnik.certificate;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.nastavnik.participant.ParticipantWithdrawn;

/**
 * Revocation of consent lets a participant go from their documents, in the same transaction: each stays genuine on
 * its verification page, naming nobody, and is no longer printed.
 */
@Component
class CertificatesOfWithdrawn {

	private final Certification certification;

	CertificatesOfWithdrawn(Certification certification) {
		this.certification = certification;
	}

	@EventListener
	void on(ParticipantWithdrawn withdrawn) {
		certification.forget(withdrawn.participantId());
	}
}
