package ru.nastavnik.pairing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.Programmes;

/** «Сообщить участникам»: once every pair of the order works, one mail to each participant and the curator's summary. */
@Component
class InformParticipantsDelegate implements JavaDelegate {

	private final Programmes programmes;

	private final PairingOrders orders;

	private final PairActivation activation;

	InformParticipantsDelegate(Programmes programmes, PairingOrders orders, PairActivation activation) {
		this.programmes = programmes;
		this.orders = orders;
		this.activation = activation;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Programme programme = PairingStepListener.ownProgramme(programmes, execution);
		activation.inform(programme, FixPairsDelegate.order(orders, programme, execution));
	}
}
