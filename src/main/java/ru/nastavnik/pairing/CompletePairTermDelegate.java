package ru.nastavnik.pairing;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** «Завершить работу пары по окончании срока»: the pair's term is over. */
@Component
class CompletePairTermDelegate implements JavaDelegate {

	private final MentoringPairs pairs;

	private final Clock clock;

	CompletePairTermDelegate(MentoringPairs pairs, Clock clock) {
		this.pairs = pairs;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Long pairId = PairingProcess.Var.PAIR_ID.requiredFrom(execution);
		pairs.findById(pairId).filter(pair -> pair.getStatus() == PairStatus.ACTIVE)
			.filter(pair -> execution.getProcessInstanceId().equals(pair.getProcessInstanceId()))
			.ifPresent(pair -> pair.complete(clock.instant()));
	}
}
