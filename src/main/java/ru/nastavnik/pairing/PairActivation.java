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
 * What an approved order does: its pairs take effect and each starts its own process; the pairs whose early end it
 * records are closed in it; every participant of a new pair — or the legal representative of a minor — gets one mail
 * through the outbox, and the curator a summary with whoever could not be written to.
 */
@Service
public class PairActivation {

	private final PairingOrderDrafting drafting;

	private final Participants participants;

	private final RuntimeService runtimeService;

	private final Outbox outbox;

	private final Clock clock;

	PairActivation(PairingOrderDrafting drafting, Participants participants, RuntimeService runtimeService,
			Outbox outbox, Clock clock) {
		this.drafting = drafting;
		this.participants = participants;
		this.runtimeService = runtimeService;
		this.outbox = outbox;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void fix(Programme programme, PairingOrder order) {
		if (order.getStatus() != PairingOrderStatus.APPROVED) {
			throw new IllegalStateException("Приказ № " + order.getNumber() + " не утверждён: пары не закрепляются");
		}
		LocalDate termEnd = drafting.termEnd(programme);
		List<MentoringPair> activated = new ArrayList<>();
		for (MentoringPair pair : drafting.pairsOf(order, OrderItemAction.ADD)) {
			if (pair.getStatus() != PairStatus.PROPOSED) {
				continue; // left the proposal while the order awaited the director (a consent revoked)
			}
			pair.activate(order.getId(), clock.instant());
			String instance = runtimeService.startProcessInstanceByKey(PairingProcess.PAIR,
					PairingProcess.pairBusinessKey(pair.getId()), VariableValues
						.of(PairingProcess.Var.PAIR_ID, pair.getId())
						.and(ProgrammeProcess.Var.PROGRAMME_ID, programme.getId())
						.and(ProgrammeProcess.Var.ORGANISATION_ID, programme.getOrganisation().getId())
						.and(PairingProcess.Var.TERM_ENDS_AT, LocalDateTime.of(termEnd, LocalTime.of(18, 0)).toString())
						.asMap())
				.getId();
			pair.startedAs(instance);
			activated.add(pair);
		}
		List<MentoringPair> ended = drafting.pairsOf(order, OrderItemAction.END);
		ended.forEach(pair -> pair.endRecordedIn(order.getId()));
		inform(programme, order, activated, ended, termEnd);
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
