package ru.nastavnik.pairing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.programme.OwnProgramme;
import ru.nastavnik.programme.Programme;

/** «Закрепить пары и сообщить участникам»: the approved order takes effect. */
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
		Long orderId = PairingProcess.Var.ORDER_ID.requiredFrom(execution);
		PairingOrder order = orders.findById(orderId).filter(found -> found.getProgrammeId().equals(programme.getId()))
			.orElseThrow(() -> new IllegalStateException("Приказ № " + orderId + " не найден в программе"));
		activation.fix(programme, order);
		// pairs that ended while this order awaited the director need an order of their own
		repairing.startAnotherIfNeeded(programme);
	}
}
