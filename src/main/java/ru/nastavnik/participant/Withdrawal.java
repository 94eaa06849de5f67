package ru.nastavnik.participant;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Processing of a participant's data stops at once: they leave the bases, and whatever holds them lets them go. */
@Service
class Withdrawal {

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Withdrawal(ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void stop(Participant participant) {
		if (participant.getStatus() == ParticipantStatus.WITHDRAWN) {
			return;
		}
		participant.withdraw(clock.instant());
		events.publishEvent(new ParticipantWithdrawn(participant.getId(), participant.getProgramme().getId()));
	}
}
