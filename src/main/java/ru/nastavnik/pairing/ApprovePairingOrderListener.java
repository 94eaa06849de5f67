package ru.nastavnik.pairing;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.approval.Approval;
import ru.nastavnik.approval.ApprovalStep;
import ru.nastavnik.engine.ProcessVariable;
import ru.nastavnik.programme.OwnProgramme;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.tasklist.Steps;

/** «Утвердить распоряжение о закреплении пар (групп)»: the director approves the version or returns it with a comment. */
@Component
class ApprovePairingOrderListener extends ApprovalStep<Programme> {

	private final PairingOrders orders;

	private final PairingOrderDrafting drafting;

	ApprovePairingOrderListener(Steps steps, OwnProgramme ownProgramme, PairingOrders orders,
			PairingOrderDrafting drafting) {
		super(steps, ownProgramme);
		this.orders = orders;
		this.drafting = drafting;
	}

	@Override
	protected void decide(DelegateTask task, Programme programme, Approval approval) {
		drafting.decide(programme, order(task).getId(), approval);
	}

	@Override
	protected ProcessVariable<Boolean> approvedVariable(DelegateTask task) {
		return PairingProcess.Var.ORDER_APPROVED;
	}

	@Override
	protected ProcessVariable<String> returnCommentVariable(DelegateTask task) {
		return PairingProcess.Var.RETURN_COMMENT;
	}

	private PairingOrder order(DelegateTask task) {
		Long orderId = PairingProcess.Var.ORDER_ID.requiredFrom(task.getExecution());
		return orders.findById(orderId)
			.filter(order -> task.getProcessInstanceId().equals(order.getProcessInstanceId()))
			.orElseThrow(() -> new IllegalStateException("Проект приказа № " + orderId + " не относится к этому процессу"));
	}
}
