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
	void show(DelegateTask task, Programme programme) {
		PairingOrder order = order(task);
		task.setVariableLocal("orderNumber", order.getNumber());
		task.setVariableLocal("orderVersion", order.getVersion());
		task.setVariableLocal("orderTitle", order.getKind().title());
		int adding = drafting.pairsOf(order, OrderItemAction.ADD).size();
		int ending = drafting.pairsOf(order, OrderItemAction.END).size();
		task.setVariableLocal("orderSummary", "Закрепляемых пар: " + adding
				+ (ending > 0 ? "; досрочно прекращаемых пар: " + ending : "") + ".");
	}

	@Override
	void record(DelegateTask task, FormInput input, Programme programme) {
		String decision = input.choice("orderDecision", "Решение", Set.of("approve", "return"));
		String comment = input.optionalText(PairingProcess.Var.RETURN_COMMENT, "Комментарий", 2000);
		input.require(!"return".equals(decision) || comment != null && comment.length() >= 5,
				"Возвращая проект на доработку, напишите комментарий: что исправить (не короче 5 символов)");
		input.rejectIfInvalid();
		PairingOrder order = order(task);
		boolean approved = "approve".equals(decision);
		if (approved) {
			drafting.approve(programme, order.getId(), input.performer());
			task.getExecution().removeVariable(PairingProcess.Var.RETURN_COMMENT);
		}
		else {
			drafting.returnForRework(programme, order.getId(), comment, input.performer());
			task.getExecution().setVariable(PairingProcess.Var.RETURN_COMMENT, comment);
		}
		task.getExecution().removeVariable("orderDecision");
		task.getExecution().setVariable(PairingProcess.Var.ORDER_APPROVED, approved);
	}

	private PairingOrder order(DelegateTask task) {
		Long orderId = ((Number) task.getExecution().getVariable(PairingProcess.Var.ORDER_ID)).longValue();
		return orders.findById(orderId)
			.filter(order -> task.getProcessInstanceId().equals(order.getProcessInstanceId()))
			.orElseThrow(() -> new IllegalStateException("Проект приказа № " + orderId + " не относится к этому процессу"));
	}
}
