package ru.nastavnik.pairwork;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairing.MentoringPairs;
import ru.nastavnik.pairing.PairStatus;
import ru.nastavnik.programme.Programme;

/**
 * The roadmap's steps 20–23 and 25 as the pairs did them: a step is the programme's, but what it says is each pair's —
 * how many of the pairs in effect held their organisational, trial, planning or final meeting, or (step 23) meet on
 * their plan's schedule. A pair ended early is no longer counted; one completed at the end of its term still is.
 */
@Component
public class PairStepFacts {

	/** The meeting each of the programme's pair steps is about. */
	static final Map<String, MeetingKind> STEPS = Map.of("holdOrganisationalMeetings", MeetingKind.ORGANISATIONAL,
			"holdTrialMeetings", MeetingKind.TRIAL, "holdPlanningMeetings", MeetingKind.PLANNING,
			"holdRegularMeetings", MeetingKind.REGULAR, "holdFinalPairMeetings", MeetingKind.FINAL);

	private final MentoringPairs pairs;

	private final PairMeetings meetings;

	private final IndividualPlans plans;

	private final Clock clock;

	PairStepFacts(MentoringPairs pairs, PairMeetings meetings, IndividualPlans plans, Clock clock) {
		this.pairs = pairs;
		this.meetings = meetings;
		this.plans = plans;
		this.clock = clock;
	}

	/** A step as the pairs did it: the pairs in effect, and the numbers of those that have not. */
	public record Facts(String step, MeetingKind kind, int pairs, int done, List<Long> pending, int participants) {

		/** In Russian, for the step's form and its record. */
		public String summary() {
			if (pairs == 0) {
				return "Пар в работе нет.";
			}
			return "Пар в работе: " + pairs + "; " + kind.title().toLowerCase(java.util.Locale.ROOT)
					+ (kind == MeetingKind.REGULAR ? " по графику" : "") + " — у " + done + " из " + pairs + "."
					+ (pending.isEmpty() ? ""
							: " Ещё нет: " + pending.stream().map(id -> "пара № " + id)
								.collect(Collectors.joining(", ")) + ".");
		}
	}

	/** Whether the step is one the pairs carry out. */
	public static boolean isPairStep(String step) {
		return STEPS.containsKey(step);
	}

	@Transactional(readOnly = true)
	public Facts of(Programme programme, String step) {
		MeetingKind kind = Optional.ofNullable(STEPS.get(step))
			.orElseThrow(() -> new IllegalArgumentException("Шаг «" + step + "» не выполняют пары"));
		List<MentoringPair> inEffect = pairs.findByProgrammeIdAndStatusInOrderById(programme.getId(),
				EnumSet.of(PairStatus.ACTIVE, PairStatus.COMPLETED)).stream()
			.filter(pair -> pair.getActivatedAt() != null)
			.toList();
		Map<Long, List<PairMeeting>> byPair = meetings.findByProgrammeId(programme.getId()).stream()
			.filter(meeting -> meeting.getKind() == kind && meeting.getAttendance().held())
			.collect(Collectors.groupingBy(PairMeeting::getPairId));
		Map<Long, IndividualPlan> planOf = plans.findByProgrammeIdAndSupersededAtIsNull(programme.getId()).stream()
			.collect(Collectors.toMap(IndividualPlan::getPairId, plan -> plan));
		LocalDate today = LocalDate.now(clock.withZone(programme.getZone()));
		List<Long> pending = new ArrayList<>();
		// the participants of the pairs that did it, once each (a mentor with two mentees, once)
		Set<Long> participants = new java.util.HashSet<>();
		for (MentoringPair pair : inEffect) {
			List<PairMeeting> held = byPair.getOrDefault(pair.getId(), List.of());
			boolean done = kind == MeetingKind.REGULAR ? onSchedule(pair, held, planOf.get(pair.getId()), today)
					: !held.isEmpty();
			if (done) {
				participants.add(pair.getMentorId());
				participants.add(pair.getMenteeId());
			}
			else {
				pending.add(pair.getId());
			}
		}
		return new Facts(step, kind, inEffect.size(), inEffect.size() - pending.size(), List.copyOf(pending),
				participants.size());
	}

	/** Step 23 for a pair: it meets regularly — and, while it works, not later than its schedule allows. */
	private static boolean onSchedule(MentoringPair pair, List<PairMeeting> regular, IndividualPlan plan,
			LocalDate today) {
		if (regular.isEmpty() || plan == null) {
			return false;
		}
		if (pair.getStatus() != PairStatus.ACTIVE) {
			return true;
		}
		LocalDate last = regular.stream().map(PairMeeting::getHeldOn).max(LocalDate::compareTo).orElseThrow();
		return !last.plusDays((long) plan.getCadence().days() + plan.getToleranceDays()).isBefore(today);
	}
}
