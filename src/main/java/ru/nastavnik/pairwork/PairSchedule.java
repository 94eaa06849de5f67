package ru.nastavnik.pairwork;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairing.MentoringPairs;
import ru.nastavnik.pairing.PairingProcess;
import ru.nastavnik.participant.MentorAccounts;
import ru.nastavnik.programme.OwnProgramme;
import ru.nastavnik.programme.PlanStep;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.RoadmapPlan;
import ru.nastavnik.security.Role;

/**
 * When a pair's steps fall due and when its meetings are checked. The first meetings are due by the programme's plan
 * for the roadmap step they carry out — or, for a pair fixed late (a re-pairing), a fortnight after the step before;
 * the regular meetings are checked against the individual plan's schedule; the final meeting comes in the last two
 * weeks of the pair's term.
 */
@Component("pairSchedule")
public class PairSchedule {

	/** Days a pair fixed late, or coming from its previous step, has for the next one. */
	static final int DAYS_FOR_A_STEP = 14;

	/** Days the curator (or the working group) has to find out why a pair does not meet. */
	static final int DAYS_FOR_AN_INQUIRY = 5;

	/** The final meeting is held in the last days of the pair's term. */
	static final int DAYS_FOR_THE_FINAL_MEETING = 14;

	private final OwnProgramme ownProgramme;

	private final RoadmapPlan roadmapPlan;

	private final MentoringPairs pairs;

	private final IndividualPlanning planning;

	private final MeetingLog meetingLog;

	private final MentorAccounts mentorAccounts;

	private final Clock clock;

	PairSchedule(OwnProgramme ownProgramme, RoadmapPlan roadmapPlan, MentoringPairs pairs,
			IndividualPlanning planning, MeetingLog meetingLog, MentorAccounts mentorAccounts, Clock clock) {
		this.mentorAccounts = mentorAccounts;
		this.ownProgramme = ownProgramme;
		this.roadmapPlan = roadmapPlan;
		this.pairs = pairs;
		this.planning = planning;
		this.meetingLog = meetingLog;
		this.clock = clock;
	}

	/** The due date of the pair's task the execution is at (and of its overdue timer). */
	public Date dueDate(DelegateExecution execution) {
		Programme programme = ownProgramme.of(execution);
		ZoneId zone = programme.getZone();
		LocalDate today = LocalDate.now(clock.withZone(zone));
		LocalDate dueOn = switch (execution.getCurrentActivityId()) {
			case PairWorkProcess.HOLD_ORGANISATIONAL_MEETING -> later(planned(programme, "holdOrganisationalMeetings"),
					today.plusDays(DAYS_FOR_A_STEP));
			case PairWorkProcess.HOLD_TRIAL_MEETING -> later(planned(programme, "holdTrialMeetings"),
					today.plusDays(DAYS_FOR_A_STEP));
			case PairWorkProcess.HOLD_PLANNING_MEETING -> later(planned(programme, "holdPlanningMeetings"),
					today.plusDays(DAYS_FOR_A_STEP));
			case PairWorkProcess.CLARIFY_MISSED_MEETINGS -> today.plusDays(DAYS_FOR_AN_INQUIRY);
			case PairWorkProcess.HOLD_FINAL_MEETING -> later(Optional.of(termEnd(execution)),
					today.plusDays(DAYS_FOR_A_STEP));
			default -> throw new IllegalStateException("У элемента " + execution.getCurrentActivityId()
					+ " процесса пары нет срока");
		};
		return RoadmapPlan.endOfWorkingDay(dueOn, zone);
	}

	/** Who finds out why a pair does not meet: the curator, and after two misses in a row the working group. */
	public String inquiryGroup(DelegateExecution execution) {
		Integer missed = PairWorkProcess.Var.MEETINGS_MISSED.from(execution);
		return missed != null && missed >= 2 ? Role.WORKING_GROUP.groupId() : Role.CURATOR.groupId();
	}

	/**
	 * The pair's own mentor, as a candidate for its meetings' steps beside the working group, when their login is
	 * linked to their record ({@link MentorAccounts}); none otherwise. A list, not a string: the engine refuses a null
	 * and would take an empty string for a user.
	 */
	public List<String> mentorLogins(DelegateExecution execution) {
		return mentorAccounts.loginOf(pairOf(execution).getMentorId()).stream().toList();
	}

	/**
	 * When the log is next checked: the day after the next meeting was due with the schedule's tolerance — counted
	 * from the last meeting held, or from the schedule's start — and, after a miss, one interval later. Never before
	 * tomorrow, so a check that found the pair on schedule is not repeated at once.
	 */
	public Date nextCheck(DelegateExecution execution) {
		Long pairId = PairingProcess.Var.PAIR_ID.requiredFrom(execution);
		ZoneId zone = ownProgramme.of(execution).getZone();
		LocalDate today = LocalDate.now(clock.withZone(zone));
		IndividualPlan plan = plan(pairId);
		int interval = plan.getCadence().days();
		Integer missed = PairWorkProcess.Var.MEETINGS_MISSED.from(execution);
		LocalDate checkOn;
		if (missed != null && missed > 0) {
			checkOn = today.plusDays(interval + 1L);
		}
		else {
			checkOn = MeetingCalendar.nextDue(plan, meetingLog.lastHeldOn(pairId))
				.plusDays(plan.getToleranceDays() + 1L);
		}
		LocalDate tomorrow = today.plusDays(1);
		return Date.from((checkOn.isBefore(tomorrow) ? tomorrow : checkOn).atStartOfDay(zone).toInstant());
	}

	/** Whether the pair met within the schedule's interval and tolerance before today. */
	boolean metOnSchedule(Long pairId, ZoneId zone) {
		IndividualPlan plan = plan(pairId);
		LocalDate today = LocalDate.now(clock.withZone(zone));
		LocalDate earliest = today.minusDays((long) plan.getCadence().days() + plan.getToleranceDays());
		return meetingLog.lastHeldOn(pairId).filter(held -> !held.isBefore(earliest)).isPresent();
	}

	/** When the regular meetings give way to the final meeting: two weeks before the term ends. */
	public Date finalMeetingFrom(DelegateExecution execution) {
		ZoneId zone = ownProgramme.of(execution).getZone();
		return Date.from(termEnd(execution).minusDays(DAYS_FOR_THE_FINAL_MEETING).atStartOfDay(zone).toInstant());
	}

	private IndividualPlan plan(Long pairId) {
		return planning.schedule(pairId).orElseThrow(() -> new IllegalStateException(
				"У пары № " + pairId + " нет индивидуального плана: график встреч не из чего взять"));
	}

	private static LocalDate termEnd(DelegateExecution execution) {
		return LocalDateTime.parse(PairingProcess.Var.TERM_ENDS_AT.requiredFrom(execution)).toLocalDate();
	}

	private Optional<LocalDate> planned(Programme programme, String step) {
		return roadmapPlan.of(programme.getId()).stream().filter(planStep -> planStep.getStep().equals(step))
			.map(PlanStep::getDueOn).findFirst();
	}

	private static LocalDate later(Optional<LocalDate> planned, LocalDate soonest) {
		return planned.filter(day -> day.isAfter(soonest)).orElse(soonest);
	}

	/** The pair a task or execution of its process works on. */
	MentoringPair pairOf(DelegateExecution execution) {
		Long pairId = PairingProcess.Var.PAIR_ID.requiredFrom(execution);
		Programme programme = ownProgramme.of(execution);
		return pairs.findById(pairId).filter(pair -> pair.getProgrammeId().equals(programme.getId()))
			.orElseThrow(() -> new IllegalStateException("Пара № " + pairId + " не найдена в программе"));
	}
}
