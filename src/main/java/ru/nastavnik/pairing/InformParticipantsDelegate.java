package ru.nastavnik.pairing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.programme.OwnProgramme;
import ru.nastavnik.programme.Programme;

/** «Сообщить участникам»: once every pair of the order works, one mail to each participant and the curator's summary. */
@Component
class InformParticipantsDelegate implements JavaDelegate {

	private final OwnProgramme ownProgramme;

	private final PairingOrders orders;

	private final PairActivation activation;

	InformParticipantsDelegate(OwnProgramme ownProgramme, PairingOrders orders, PairActivation activation) {
		this.ownProgramme = ownProgramme;
		this.orders = orders;
		this.activation = activation;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Programme programme = ownProgramme.of(execution);
		activation.inform(programme, FixPairsDelegate.order(orders, programme, execution));
	}
}
