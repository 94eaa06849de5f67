package ru.nastavnik.feedback;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.nastavnik.participant.ParticipantWithdrawn;

/**
 * Revocation of consent lets a participant go from the feedback, in the same transaction: their open links are
 * gone, their answers stay only as anonymous scores.
 */
@Component
class FeedbackOfWithdrawn {

	private final Feedback feedback;

	FeedbackOfWithdrawn(Feedback feedback) {
		this.feedback = feedback;
	}

	@EventListener
	void on(ParticipantWithdrawn withdrawn) {
		feedback.forget(withdrawn.participantId());
	}
}
