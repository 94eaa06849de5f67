package ru.nastavnik.participant;

import java.time.Clock;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Processing of a participant's data stops at once: they leave the bases, and whatever holds them lets them go. */
@Service
public class Withdrawal {

	private final ApplicationEventPublisher events;

	private final RuntimeService runtime;

	private final Clock clock;

	Withdrawal(ApplicationEventPublisher events, RuntimeService runtime, Clock clock) {
		this.events = events;
		this.runtime = runtime;
		this.clock = clock;
	}

	/**
	 * The consent to processing was revoked: a running enrolment is told, so that its open tasks end and it stops
	 * processing; a participant whose enrolment has ended leaves the bases at once.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void consentRevoked(Participant participant) {
		String instance = participant.getProcessInstanceId();
		boolean running = instance != null
				&& runtime.createProcessInstanceQuery().processInstanceId(instance).count() > 0;
		if (running) {
			runtime.createMessageCorrelation(EnrolmentProcess.CONSENT_REVOKED_MESSAGE)
				.processInstanceId(instance)
				.correlate();
		}
		else {
			stop(participant);
		}
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
