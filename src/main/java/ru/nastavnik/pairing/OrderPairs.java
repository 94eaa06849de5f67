package ru.nastavnik.pairing;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import ru.nastavnik.programme.OwnProgramme;
import ru.nastavnik.programme.Programme;

/** The pairs of the approved order whose process is to start: one instance of «Начать работу пары» each. */
@Component("orderPairs")
public class OrderPairs {

	private final OwnProgramme ownProgramme;

	private final PairingOrders orders;

	private final PairActivation activation;

	OrderPairs(OwnProgramme ownProgramme, PairingOrders orders, PairActivation activation) {
		this.ownProgramme = ownProgramme;
		this.orders = orders;
		this.activation = activation;
	}

	/** @return the ids of the pairs in effect by the process's order that have no process yet */
	public List<Long> toStart(DelegateExecution execution) {
		Programme programme = ownProgramme.of(execution);
		return activation.toStart(FixPairsDelegate.order(orders, programme, execution));
	}
}
