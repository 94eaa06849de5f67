package ru.nastavnik.pairing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.approval.Approval;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.Participants;
import ru.nastavnik.problem.NotFound;
import ru.nastavnik.problem.StateConflict;
import ru.nastavnik.programme.PlanStep;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.RoadmapPlan;
import ru.nastavnik.security.Role;

/**
 * Roadmap step 19: drafts the director's order from the proposal, a new version after every return, and records the
 * director's decision. The order fixes every proposed pair; an amending order also records the pairs ended early since
 * the last approved one. Each version's PDF is kept as it was shown; the approved version is printed again without the
 * draft mark when the order takes effect ({@link PairActivation}), not in the director's request.
 */
@Service
public class PairingOrderDrafting {

	/** The step whose date ends the pairs' term: the pairs' final meetings in May. */
	static final String TERM_END_STEP = "holdFinalPairMeetings";

	private final PairingOrders orders;

	private final PairingOrderItems items;

	private final MentoringPairs pairs;

	private final Participants participants;

	private final PairingOrderDocument document;

	private final RoadmapPlan plan;

	private final IdentityService identityService;

	private final ru.nastavnik.programme.Programmes programmes;

	private final Clock clock;

	PairingOrderDrafting(PairingOrders orders, PairingOrderItems items, MentoringPairs pairs,
			Participants participants, PairingOrderDocument document, RoadmapPlan plan,
			IdentityService identityService, ru.nastavnik.programme.Programmes programmes, Clock clock) {
		this.programmes = programmes;
		this.orders = orders;
		this.items = items;
		this.pairs = pairs;
		this.participants = participants;
		this.document = document;
		this.plan = plan;
		this.identityService = identityService;
		this.clock = clock;
	}

	/**
	 * Drafts the next version of the order this process prepares, or the first version of a new order. A version
	 * already awaiting the director is the draft: a repeated call (a retried job) returns it, never a second one.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public PairingOrder draft(Programme programme, String processInstanceId, String by) {
		// no change of the proposal slips in between reading the pairs and the draft that freezes them
		programmes.lockById(programme.getId());
		PairingOrder awaiting = orders.findFirstByProcessInstanceIdOrderByVersionDesc(processInstanceId)
			.filter(latest -> latest.getStatus() == PairingOrderStatus.DRAFT).orElse(null);
		if (awaiting != null) {
			return awaiting;
		}
		List<MentoringPair> adding = pairs.findByProgrammeIdAndStatusOrderById(programme.getId(), PairStatus.PROPOSED);
		List<MentoringPair> ending = pairs.endedUnrecorded(programme.getId());
		if (adding.isEmpty() && ending.isEmpty()) {
			throw new StateConflict("Проект приказа не составлен: нет ни предложенных, ни "
					+ "досрочно прекращённых пар");
		}
		PairingOrder previous = orders.findFirstByProcessInstanceIdOrderByVersionDesc(processInstanceId).orElse(null);
		PairingOrderKind kind = previous != null ? previous.getKind()
				: approvedPairingOrder(programme).isPresent() ? PairingOrderKind.AMENDING : PairingOrderKind.PAIRING;
		LocalDate today = LocalDate.now(clock);
		String number = previous != null ? previous.getNumber() : nextNumber(programme, today);
		PairingOrder draft = new PairingOrder(programme.getId(), programme.getOrganisation().getId(), kind, number,
				previous != null ? previous.getVersion() + 1 : 1, today, curatorName(programme), by, clock.instant(),
				processInstanceId);
		draft.attach(document.render(content(programme, draft, adding, ending, true)));
		PairingOrder order = orders.save(draft);
		adding.forEach(pair -> items.save(new PairingOrderItem(order.getId(), pair.getId(), OrderItemAction.ADD)));
		ending.forEach(pair -> items.save(new PairingOrderItem(order.getId(), pair.getId(), OrderItemAction.END)));
		return order;
	}

	/**
	 * The director's decision on the version awaiting them: the decision only; an approved order takes effect in the
	 * background, where it is also printed again without the draft mark.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public PairingOrder decide(Programme programme, Long orderId, Approval approval) {
		PairingOrder order = awaiting(programme, orderId);
		order.decide(approval);
		return order;
	}

	/** The approved version printed again, without the draft mark. */
	@Transactional(propagation = Propagation.MANDATORY)
	void printApproved(Programme programme, PairingOrder order) {
		order.attach(document.render(content(programme, order, pairsOf(order, OrderItemAction.ADD),
				pairsOf(order, OrderItemAction.END), false)));
	}

	/**
	 * A participant's data were erased: the versions that never took effect (drafts, returned versions) are printed
	 * again, naming them by number only. An approved order is a legal act the organisation keeps as issued.
	 */
	@org.springframework.context.event.EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void on(ru.nastavnik.consent.ParticipantErased erased) {
		Programme programme = programmes.findById(erased.programmeId()).orElseThrow();
		orders.findByProgrammeIdAndStatusNot(erased.programmeId(), PairingOrderStatus.APPROVED).forEach(order -> {
			List<MentoringPair> adding = pairsOf(order, OrderItemAction.ADD);
			List<MentoringPair> ending = pairsOf(order, OrderItemAction.END);
			boolean names = java.util.stream.Stream.concat(adding.stream(), ending.stream())
				.anyMatch(pair -> pair.getMentorId().equals(erased.participantId())
						|| pair.getMenteeId().equals(erased.participantId()));
			if (names) {
				order.attach(document.render(content(programme, order, adding, ending, true)));
			}
		});
	}

	/** The pairs an order version puts into effect ({@code ADD}) or whose end it records ({@code END}). */
	List<MentoringPair> pairsOf(PairingOrder order, OrderItemAction action) {
		return pairs.findAllById(items.findByKeyOrderId(order.getId()).stream()
			.filter(item -> item.action() == action).map(PairingOrderItem::pairId).toList())
			.stream().sorted(java.util.Comparator.comparing(MentoringPair::getId)).toList();
	}

	/** The last day of the pairs' term: the date of their final meetings in the plan. */
	LocalDate termEnd(Programme programme) {
		return plan.of(programme.getId()).stream().filter(step -> step.getStep().equals(TERM_END_STEP))
			.map(PlanStep::getDueOn).findFirst().orElse(programme.getStartsOn().plusMonths(9).minusDays(1));
	}

	private PairingOrder awaiting(Programme programme, Long orderId) {
		PairingOrder order = orders.findById(orderId)
			.filter(found -> found.getProgrammeId().equals(programme.getId()))
			.orElseThrow(() -> new NotFound("Проект приказа не найден"));
		if (order.getStatus() != PairingOrderStatus.DRAFT) {
			throw new StateConflict("Версия " + order.getVersion() + " приказа № "
					+ order.getNumber() + " уже " + order.getStatus().title() + ": решение принимается по новой версии");
		}
		return order;
	}

	private java.util.Optional<PairingOrder> approvedPairingOrder(Programme programme) {
		return orders.findFirstByProgrammeIdAndStatusOrderByIdDesc(programme.getId(), PairingOrderStatus.APPROVED);
	}

	/** «N-НП»: the organisation's orders on pairs are numbered from 1 each calendar year. */
	private String nextNumber(Programme programme, LocalDate today) {
		long issued = orders.countNumbers(programme.getOrganisation().getId(), "%-НП/" + today.getYear());
		return (issued + 1) + "-НП/" + today.getYear();
	}

	private PairingOrderContent content(Programme programme, PairingOrder order, List<MentoringPair> adding,
			List<MentoringPair> ending, boolean draft) {
		List<MentoringPair> all = new ArrayList<>(adding);
		all.addAll(ending);
		Map<Long, Participant> people = participants.findAllById(MentoringPair.participantIds(all)).stream()
			.collect(Collectors.toMap(Participant::getId, Function.identity()));
		LocalDate termEnd = termEnd(programme);
		Map<Long, List<MentoringPair>> byMentor = new LinkedHashMap<>();
		adding.forEach(pair -> byMentor.computeIfAbsent(pair.getMentorId(), key -> new ArrayList<>()).add(pair));
		List<PairingOrderContent.Group> groups = byMentor.values().stream().map(group -> {
			Participant mentor = people.get(group.get(0).getMentorId());
			return new PairingOrderContent.Group(mentor.displayName(), mentor.getClassOrPosition(),
					group.get(0).getForm().title(), order.getOrderDate(), termEnd,
					group.stream().map(pair -> people.get(pair.getMenteeId()).displayName()).toList());
		}).toList();
		List<PairingOrderContent.EndedPair> ended = ending.stream().map(pair -> new PairingOrderContent.EndedPair(
				people.get(pair.getMentorId()).displayName(), people.get(pair.getMenteeId()).displayName(),
				LocalDate.ofInstant(pair.getEndedAt(), clock.getZone()), pair.getEndReason())).toList();
		PairingOrder amended = order.getKind() == PairingOrderKind.AMENDING
				? approvedPairingOrder(programme).orElse(null) : null;
		User director = identityService.createUserQuery().memberOfGroup(Role.DIRECTOR.groupId())
			.memberOfTenant(programme.getOrganisation().getTenantId()).orderByUserId().asc().list().stream()
			.findFirst().orElse(null);
		boolean kindergarten = programme.getOrganisation().getKind() == OrganisationKind.KINDERGARTEN;
		return new PairingOrderContent(order.getKind(), programme.getOrganisation().getName(),
				programme.getOrganisation().getAddress(), programme.getOrganisation().getMunicipality() != null
						? programme.getOrganisation().getMunicipality().getName() : null,
				order.getNumber(), order.getOrderDate(), order.getVersion(), draft,
				"Программа наставничества на " + programme.getAcademicYear() + " учебный год", order.getCurator(),
				director != null ? name(director) : "", kindergarten ? "Заведующий" : "Директор",
				amended != null ? amended.getNumber() : null, amended != null ? amended.getOrderDate() : null, groups,
				ended, reportingSchedule(programme));
	}

	private List<PairingOrderContent.ReportingItem> reportingSchedule(Programme programme) {
		Map<String, String> reports = new LinkedHashMap<>();
		reports.put("collectFeedbackNovember", "Отчёт куратора о работе пар и обратной связи участников");
		reports.put("collectFeedbackMay", "Отчёт куратора об обратной связи участников за год");
		reports.put("monitorProgrammeQuality", "Итоговый отчёт: мониторинг качества программы и оценка участников");
		List<PairingOrderContent.ReportingItem> schedule = new ArrayList<>();
		plan.of(programme.getId()).stream().filter(step -> reports.containsKey(step.getStep()))
			.forEach(step -> schedule.add(new PairingOrderContent.ReportingItem(reports.get(step.getStep()),
					"до " + ru.nastavnik.time.RussianDates.format(step.getDueOn()))));
		return schedule;
	}

	private String curatorName(Programme programme) {
		User curator = programme.getCuratorLogin() == null ? null
				: identityService.createUserQuery().userId(programme.getCuratorLogin()).singleResult();
		return curator != null ? name(curator) : Objects.toString(programme.getCuratorLogin(), "не назначен");
	}

	private static String name(User user) {
		String name = (Objects.toString(user.getLastName(), "") + " " + Objects.toString(user.getFirstName(), ""))
			.strip();
		return name.isEmpty() ? user.getId() : name;
	}
}
