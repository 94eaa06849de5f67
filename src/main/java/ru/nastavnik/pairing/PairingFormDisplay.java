package ru.nastavnik.pairing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import ru.nastavnik.engine.FormTask;
import ru.nastavnik.engine.TaskFormDisplay;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeProcess;
import ru.nastavnik.programme.Programmes;

/**
 * What the forms of steps 18–19 show, read when the form is opened: the proposal of pairs with every score explained
 * (so a change made through the API is seen at once), the director's comment on a returned order, the pair the
 * psychologist assesses, and the order the director decides on. The engine holds only the programme's, the pair's
 * and the order's ids.
 */
@Component
class PairingFormDisplay implements TaskFormDisplay {

	static final String PROPOSAL = "proposalSummary";

	static final String RETURN_NOTICE = "returnNotice";

	static final String PAIR = "pairSummary";

	private final Programmes programmes;

	private final PairingReview review;

	private final PairingOrders orders;

	private final PairingOrderDrafting drafting;

	PairingFormDisplay(Programmes programmes, PairingReview review, PairingOrders orders,
			PairingOrderDrafting drafting) {
		this.programmes = programmes;
		this.review = review;
		this.orders = orders;
		this.drafting = drafting;
	}

	@Override
	public boolean shows(String processDefinitionKey, String taskDefinitionKey) {
		return (PairingProcess.MATCHING.equals(processDefinitionKey) || PairingProcess.ORDER.equals(processDefinitionKey))
				&& switch (taskDefinitionKey) {
					case PairingProcess.REVIEW_PAIRS, PairingProcess.REWORK_PAIRS, PairingProcess.CHECK_COMPATIBILITY,
							PairingProcess.CHECK_REWORKED_COMPATIBILITY, PairingProcess.APPROVE_ORDER -> true;
					default -> false;
				};
	}

	@Override
	public Map<String, Object> values(FormTask task) {
		Map<String, Object> values = new LinkedHashMap<>();
		Optional<Programme> own = programmes.findOwn(task.get(ProgrammeProcess.Var.PROGRAMME_ID), task.tenantId());
		if (own.isEmpty()) {
			return values;
		}
		Programme programme = own.get();
		switch (task.taskDefinitionKey()) {
			case PairingProcess.REVIEW_PAIRS, PairingProcess.REWORK_PAIRS -> {
				values.put(PROPOSAL, review.proposal(programme).markdown());
				String comment = task.get(PairingProcess.Var.RETURN_COMMENT);
				values.put(RETURN_NOTICE, PairingProcess.REWORK_PAIRS.equals(task.taskDefinitionKey()) && comment != null
						? "**Руководитель вернул проект приказа: " + comment + "**" : "");
			}
			case PairingProcess.CHECK_COMPATIBILITY, PairingProcess.CHECK_REWORKED_COMPATIBILITY -> {
				Long pairId = task.get(PairingProcess.Var.PAIR_ID);
				values.put(PAIR, review.pair(programme, pairId)
					.filter(pair -> pair.status() == PairStatus.PROPOSED)
					.map(pair -> "Пара № " + pair.id() + ": наставник " + pair.mentor().name() + " — наставляемый "
							+ pair.mentee().name() + ", форма «" + pair.formTitle() + "». " + pair.explanation())
					.orElse("Пара № " + pairId + " уже не в предложении"));
			}
			default -> order(task).ifPresent(order -> {
				values.put("orderNumber", order.getNumber());
				values.put("orderVersion", order.getVersion());
				values.put("orderTitle", order.getKind().title());
				int adding = drafting.pairsOf(order, OrderItemAction.ADD).size();
				int ending = drafting.pairsOf(order, OrderItemAction.END).size();
				values.put("orderSummary", "Закрепляемых пар: " + adding
						+ (ending > 0 ? "; досрочно прекращаемых пар: " + ending : "") + ".");
			});
		}
		return values;
	}

	private Optional<PairingOrder> order(FormTask task) {
		Long orderId = task.get(PairingProcess.Var.ORDER_ID);
		return orderId == null ? Optional.empty() : orders.findById(orderId)
			.filter(order -> task.processInstanceId().equals(order.getProcessInstanceId()));
	}
}
