package ru.nastavnik.participant;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import ru.nastavnik.participant.ParticipantInput.ReceivedConsent;

/**
 * What enrolment, training and pairing ask of a participant's consents: whether their data may be processed today,
 * and the consents to show on the participant's card. The consent capability answers (152-ФЗ ст. 9); it depends on
 * participants, never the other way round.
 */
public interface ParticipantConsents {

	/** Whether the participant's consent to processing is valid today. */
	boolean processingAllowed(Participant participant);

	/**
	 * Whether the participant's consent to publication (152-ФЗ ст. 10.1) is valid today: their name may be shown to
	 * the public — on a verification page, in a published case.
	 */
	boolean publicationAllowed(Participant participant);

	/** Stops a step that would process the participant's data without a valid consent, saying why in Russian. */
	void requireProcessingAllowed(Participant participant);

	/** Of the given participants, those whose consent to processing is valid on the day. */
	Set<Long> processingAllowed(Collection<Long> participantIds, LocalDate day);

	/** How many of the given participants revoked their consent to processing (the programme's quality counts them). */
	long revokedAmong(Collection<Long> participantIds);

	/** Records the consent to processing that came on paper together with the participant's questionnaire. */
	void receiveProcessingConsent(Participant participant, ReceivedConsent consent, String by);

	/** The participant's consents, in the order they were received, as the card shows them. */
	List<GivenConsent> of(Participant participant);

	/** One consent as the participant's card shows it. */
	record GivenConsent(Long id, String number, String purpose, String purposeTitle, boolean signedByRepresentative,
			LocalDate receivedOn, LocalDate validUntil, String paperReference, String acceptedBy, LocalDate revokedOn,
			boolean valid) {
	}
}
