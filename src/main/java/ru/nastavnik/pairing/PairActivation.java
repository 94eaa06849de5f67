package ru.nastavnik.pairing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.notification.Outbox;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.ParticipantStatus;
import ru.nastavnik.participant.Participants;
import ru.nastavnik.participant.Person;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.security.Role;
import ru.nastavnik.time.RussianDates;
import ru.nastavnik.engine.VariableValues;
import ru.nastavnik.programme.ProgrammeProcess;

/**
 * What an approved order does, in three kinds of unit, each one transaction of the engine's jobs after the director's
 * decision: the order is printed as approved, its pairs take effect and the pairs whose early end it records are
 * closed in it ({@link #fix}); each pair in effect starts its own process ({@link #startWork}, once per pair however
 * often it is retried); every participant of a new pair — or the legal representative of a minor — gets one mail
 * through the outbox, and the curator a summary with whoever could not be written to ({@link #inform}).
 */
@Service
public class PairActivation {

	private final PairingOrderDrafting drafting;

	private final MentoringPairs pairs;

	private final Participants participants;

	private final RuntimeService runtimeService;

	private final Outbox outbox;

	private final Clock clock;

	PairActivation(PairingOrderDrafting drafting, MentoringPairs pairs, Participants participants,
			RuntimeService runtimeService, Outbox outbox, Clock clock) {
		this.drafting = drafting;
		this.pairs = pairs;
		this.participants = participants;
		this.runtimeService = runtimeService;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * The approved order takes effect: printed without the draft mark, its pairs in effect from now, the early ends
	 * it records closed in it. Pairs taken out of the proposal while the order awaited the director (a consent
	 * revoked) stay out. Repeated for an order already in effect, it changes nothing.
	 *
	 * @return the pairs in effect by this order whose process is still to start
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Long> fix(Programme programme, PairingOrder order) {
		if (order.getStatus() != PairingOrderStatus.APPROVED) {
			throw new IllegalStateException("Приказ № " + order.getNumber() + " не утверждён: пары не закрепляются");
		}
		drafting.printApproved(programme, order);
		drafting.pairsOf(order, OrderItemAction.ADD).stream().filter(pair -> pair.getStatus() == PairStatus.PROPOSED)
			.forEach(pair -> pair.activate(order.getId(), clock.instant()));
		drafting.pairsOf(order, OrderItemAction.END).forEach(pair -> pair.endRecordedIn(order.getId()));
		return toStart(order);
	}

	/** The pairs in effect by the order whose process has not started yet. */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Long> toStart(PairingOrder order) {
		return inEffect(order).stream().filter(pair -> pair.getProcessInstanceId() == null)
			.map(MentoringPair::getId).toList();
	}

	/**
	 * Starts the process of a pair in effect, with the business key {@code pair-<id>}: once. A pair whose process
	 * exists already (a retried job) or that has ended meanwhile (a consent revoked) gets none.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void startWork(Programme programme, Long pairId) {
		MentoringPair pair = pairs.findById(pairId).filter(found -> found.getProgrammeId().equals(programme.getId()))
			.orElseThrow(() -> new IllegalStateException("Пара № " + pairId + " не найдена в программе"));
		if (pair.getStatus() != PairStatus.ACTIVE || pair.getProcessInstanceId() != null) {
			return;
		}
		String businessKey = PairingProcess.pairBusinessKey(pair.getId());
		ProcessInstance running = runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(PairingProcess.PAIR).processInstanceBusinessKey(businessKey).singleResult();
		if (running != null) {
			pair.startedAs(running.getId());
			return;
		}
		LocalDate termEnd = drafting.termEnd(programme);
		pair.startedAs(runtimeService.startProcessInstanceByKey(PairingProcess.PAIR, businessKey, VariableValues
			.of(PairingProcess.Var.PAIR_ID, pair.getId())
			.and(ProgrammeProcess.Var.PROGRAMME_ID, programme.getId())
			.and(ProgrammeProcess.Var.ORGANISATION_ID, programme.getOrganisation().getId())
			.and(PairingProcess.Var.TERM_ENDS_AT, LocalDateTime.of(termEnd, LocalTime.of(18, 0)).toString())
			.asMap())
			.getId());
	}

	/**
	 * One mail to each participant of the order's pairs in effect and to whoever stays in a pair it records as
	 * ended, and the curator's summary. The outbox keeps them with this transaction: a retry after a failure posts
	 * them once.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void inform(Programme programme, PairingOrder order) {
		inform(programme, order, inEffect(order), drafting.pairsOf(order, OrderItemAction.END),
				drafting.termEnd(programme));
	}

	private List<MentoringPair> inEffect(PairingOrder order) {
		return drafting.pairsOf(order, OrderItemAction.ADD).stream()
			.filter(pair -> pair.getStatus() == PairStatus.ACTIVE && order.getId().equals(pair.getOrderId()))
			.toList();
	}

	private void inform(Programme programme, PairingOrder order, List<MentoringPair> activated,
			List<MentoringPair> ended, LocalDate termEnd) {
		List<MentoringPair> all = new ArrayList<>(activated);
		all.addAll(ended);
		Map<Long, Participant> people = participants.findAllById(MentoringPair.participantIds(all)).stream()
			.collect(Collectors.toMap(Participant::getId, Function.identity()));
		Map<Long, List<MentoringPair>> byParticipant = new LinkedHashMap<>();
		activated.forEach(pair -> {
			byParticipant.computeIfAbsent(pair.getMentorId(), key -> new ArrayList<>()).add(pair);
			byParticipant.computeIfAbsent(pair.getMenteeId(), key -> new ArrayList<>()).add(pair);
		});
		String tenant = programme.getOrganisation().getTenantId();
		List<String> unreachable = new ArrayList<>();
		int informed = 0;
		// whose pair ended early: the one still taking part hears why (the one who left is not written to)
		for (MentoringPair pair : ended) {
			for (Long side : List.of(pair.getMentorId(), pair.getMenteeId())) {
				Participant participant = people.get(side);
				if (participant.getStatus() == ParticipantStatus.WITHDRAWN) {
					continue;
				}
				Person addressee = addressee(participant);
				if (!reachable(addressee)) {
					unreachable.add("№ " + participant.getId() + " " + participant.displayName());
					continue;
				}
				Map<String, Object> model = model(order, participant, addressee);
				model.put("mentor", people.get(pair.getMentorId()).displayName());
				model.put("mentee", people.get(pair.getMenteeId()).displayName());
				model.put("reason", pair.getEndReason());
				model.put("menteeSide", side.equals(pair.getMenteeId()));
				outbox.postToPerson(tenant, addressee.getId(), "pair-ended", model);
				informed++;
			}
		}
		for (Map.Entry<Long, List<MentoringPair>> entry : byParticipant.entrySet()) {
			Participant participant = people.get(entry.getKey());
			Person addressee = addressee(participant);
			if (!reachable(addressee)) {
				unreachable.add("№ " + participant.getId() + " " + participant.displayName());
				continue;
			}
			boolean mentor = entry.getValue().get(0).getMentorId().equals(participant.getId());
			Map<String, Object> model = model(order, participant, addressee);
			model.put("mentor", mentor);
			model.put("group", entry.getValue().size() > 1);
			model.put("partners", entry.getValue().stream()
				.map(pair -> people.get(mentor ? pair.getMenteeId() : pair.getMentorId()).displayName()).toList());
			model.put("form", entry.getValue().get(0).getForm().title());
			model.put("from", RussianDates.format(order.getOrderDate()));
			model.put("to", RussianDates.format(termEnd));
			model.put("curator", order.getCurator());
			outbox.postToPerson(tenant, addressee.getId(), "pair-fixed", model);
			informed++;
		}
		Map<String, Object> summary = new HashMap<>();
		summary.put("orderNumber", order.getNumber());
		summary.put("orderDate", RussianDates.format(order.getOrderDate()));
		summary.put("orderTitle", order.getKind().title());
		summary.put("orderVersion", order.getVersion());
		summary.put("activated", activated.size());
		summary.put("ended", ended.size());
		summary.put("informed", informed);
		summary.put("anyUnreachable", !unreachable.isEmpty());
		summary.put("unreachable", String.join(", ", unreachable));
		outbox.postToOrganisationRoles(tenant, List.of(Role.CURATOR), "pairs-fixed", summary);
	}

	/** A minor is written to through their legal representative. */
	private static Person addressee(Participant participant) {
		return participant.isMinor() && participant.getRepresentative() != null ? participant.getRepresentative()
				: participant.getPerson();
	}

	private static boolean reachable(Person person) {
		return person.getEmail() != null && !person.getEmail().isBlank();
	}

	private static Map<String, Object> model(PairingOrder order, Participant participant, Person addressee) {
		Map<String, Object> model = new HashMap<>();
		model.put("addressee", addressee.getFullName());
		model.put("participant", participant.displayName());
		model.put("representative", addressee != participant.getPerson());
		model.put("orderNumber", order.getNumber());
		model.put("orderDate", RussianDates.format(order.getOrderDate()));
		model.put("orderTitle", order.getKind().title());
		return model;
	}
}
