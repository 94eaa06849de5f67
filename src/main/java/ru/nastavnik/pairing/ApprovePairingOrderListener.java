package ru.nastavnik.pairing;

import java.time.Clock;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.Programmes;
import ru.nastavnik.tasklist.FormInput;

/** «Утвердить распоряжение о закреплении пар (групп)»: the director approves the version or returns it with a comment. */
@Component
class ApprovePairingOrderListener extends PairingStepListener {

	private final PairingOrders orders;

	private final PairingOrderDrafting drafting;

	ApprovePairingOrderListener(Programmes programmes, Clock clock, PairingOrders orders,
			PairingOrderDrafting drafting) {
		super(programmes, clock);
		this.orders = orders;
		this.drafting = drafting;
	}

	@Override
	void record(DelegateTask task, FormInput input, Programme programme) {
		String decision = input.choice(PairingProcess.Field.ORDER_DECISION, "Решение", Set.of("approve", "return"));
		String comment = input.optionalText(PairingProcess.Field.RETURN_COMMENT, "Комментарий", 2000);
		input.require(!"return".equals(decision) || comment != null && comment.length() >= 5,
				"Возвращая проект на доработку, напишите комментарий: что исправить (не короче 5 символов)");
		input.rejectIfInvalid();
		PairingOrder order = order(task);
		boolean approved = "approve".equals(decision);
		if (approved) {
			drafting.approve(programme, order.getId(), input.performer());
			PairingProcess.Var.RETURN_COMMENT.remove(task.getExecution());
		}
		else {
			drafting.returnForRework(programme, order.getId(), comment, input.performer());
			PairingProcess.Var.RETURN_COMMENT.set(task.getExecution(), comment);
		}
		task.getExecution().removeVariable(PairingProcess.Field.ORDER_DECISION);
		PairingProcess.Var.ORDER_APPROVED.set(task.getExecution(), approved);
	}

	private PairingOrder order(DelegateTask task) {
		Long orderId = PairingProcess.Var.ORDER_ID.requiredFrom(task.getExecution());
		return orders.findById(orderId)
			.filter(order -> task.getProcessInstanceId().equals(order.getProcessInstanceId()))
			.orElseThrow(() -> new IllegalStateException("Проект приказа № " + orderId + " не относится к этому процессу"));
	}
}
