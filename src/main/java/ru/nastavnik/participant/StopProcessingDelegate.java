package ru.nastavnik.participant;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * «Прекратить обработку персональных данных»: the consent was revoked, the enrolment's open tasks have ended with the
 * interrupting event sub-process; the participant leaves the bases.
 */
@Component
class StopProcessingDelegate implements JavaDelegate {

	private final ProcessParticipant processParticipant;

	private final Withdrawal withdrawal;

	StopProcessingDelegate(ProcessParticipant processParticipant, Withdrawal withdrawal) {
		this.processParticipant = processParticipant;
		this.withdrawal = withdrawal;
	}

	@Override
	public void execute(DelegateExecution execution) {
		withdrawal.stop(processParticipant.of(execution));
	}
}
