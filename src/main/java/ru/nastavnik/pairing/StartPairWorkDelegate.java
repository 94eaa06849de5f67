package ru.nastavnik.pairing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import ru.nastavnik.programme.Programmes;

/**
 * «Начать работу пары»: one instance per pair of the approved order, each a job of its own, so 1,000 pairs are 1,000
 * short transactions and a pair that fails becomes one incident while the others start.
 */
@Component
class StartPairWorkDelegate implements JavaDelegate {

	private final Programmes programmes;

	private final PairActivation activation;

	StartPairWorkDelegate(Programmes programmes, PairActivation activation) {
		this.programmes = programmes;
		this.activation = activation;
	}

	@Override
	public void execute(DelegateExecution execution) {
		activation.startWork(PairingStepListener.ownProgramme(programmes, execution),
				PairingProcess.Var.PAIR_ID.requiredFrom(execution));
	}
}
