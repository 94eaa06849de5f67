package ru.nastavnik.pairing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.programme.OwnProgramme;

/** «Подготовить проект распоряжения»: a new version of the order, as PDF, for the director. */
@Component
class DraftPairingOrderDelegate implements JavaDelegate {

	private final OwnProgramme ownProgramme;

	private final PairingOrderDrafting drafting;

	DraftPairingOrderDelegate(OwnProgramme ownProgramme, PairingOrderDrafting drafting) {
		this.ownProgramme = ownProgramme;
		this.drafting = drafting;
	}

	@Override
	public void execute(DelegateExecution execution) {
		PairingOrder order = drafting.draft(ownProgramme.of(execution), execution.getProcessInstanceId(),
				ProposePairsDelegate.performer(execution));
		PairingProcess.Var.ORDER_ID.set(execution, order.getId());
		PairingProcess.Var.REVIEW_DECISION.remove(execution);
	}
}
