package ru.nastavnik.pairing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.programme.OwnProgramme;
import ru.nastavnik.programme.Programme;

/**
 * «Закрепить пары по утверждённому распоряжению»: the approved order takes effect, in a job after the director's
 * decision; the processes of its pairs start next, one job per pair ({@link StartPairWorkDelegate}).
 */
@Component
class FixPairsDelegate implements JavaDelegate {

	private final OwnProgramme ownProgramme;

	private final PairingOrders orders;

	private final PairActivation activation;

	private final Repairing repairing;

	FixPairsDelegate(OwnProgramme ownProgramme, PairingOrders orders, PairActivation activation, Repairing repairing) {
		this.ownProgramme = ownProgramme;
		this.orders = orders;
		this.activation = activation;
		this.repairing = repairing;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Programme programme = ownProgramme.of(execution);
		activation.fix(programme, order(orders, programme, execution));
		// pairs that ended while this order awaited the director need an order of their own
		repairing.startAnotherIfNeeded(programme);
	}

	/** The order this process prepared, of the process's own programme. */
	static PairingOrder order(PairingOrders orders, Programme programme, DelegateExecution execution) {
		Long orderId = PairingProcess.Var.ORDER_ID.requiredFrom(execution);
		return orders.findById(orderId).filter(found -> found.getProgrammeId().equals(programme.getId()))
			.orElseThrow(() -> new IllegalStateException("Приказ № " + orderId + " не найден в программе"));
	}
}
