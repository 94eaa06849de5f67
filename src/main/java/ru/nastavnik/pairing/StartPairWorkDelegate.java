package ru.nastavnik.pairing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.programme.OwnProgramme;

/**
 * «Начать работу пары»: one instance per pair of the approved order, each a job of its own, so 1,000 pairs are 1,000
 * short transactions and a pair that fails becomes one incident while the others start.
 */
@Component
class StartPairWorkDelegate implements JavaDelegate {

	private final OwnProgramme ownProgramme;

	private final PairActivation activation;

	StartPairWorkDelegate(OwnProgramme ownProgramme, PairActivation activation) {
		this.ownProgramme = ownProgramme;
		this.activation = activation;
	}

	@Override
	public void execute(DelegateExecution execution) {
		activation.startWork(ownProgramme.of(execution),
				PairingProcess.Var.PAIR_ID.requiredFrom(execution));
	}
}
