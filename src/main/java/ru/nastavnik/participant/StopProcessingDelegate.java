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

	private final Participants participants;

	private final Withdrawal withdrawal;

	StopProcessingDelegate(Participants participants, Withdrawal withdrawal) {
		this.participants = participants;
		this.withdrawal = withdrawal;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Long id = ((Number) execution.getVariable(EnrolmentProcess.Var.PARTICIPANT_ID)).longValue();
		withdrawal.stop(participants.findById(id)
			.orElseThrow(() -> new IllegalStateException("Участник " + id + " не найден")));
	}
}
