package ru.nastavnik.pairwork;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairing.MentoringPairs;
import ru.nastavnik.pairing.PairStatus;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.programme.Programme;

/**
 * The pair's regular meetings as its agreed individual plan schedules them: the next one falls an interval after the
 * last meeting held — or on the schedule's start when none was held in the interval before it — and the series goes
 * on every interval. The same rule the pair's process checks the log by ({@link PairSchedule#nextCheck}); a meeting
 * recorded moves the series. The meetings are also given as calendar events (iCalendar, {@code .ics}).
 */
@Service
public class MeetingCalendar {

	/** What a calendar event of a pair's meeting is called. */
	public static final String EVENT_TITLE = "Встреча наставнической пары";

	/** The media type of an iCalendar file. */
	public static final String MEDIA_TYPE = "text/calendar";

	/** A meeting the schedule expects: the pair (names of its sides), its mentor, the day, the plan in force. */
	public record ScheduledMeeting(MeetingLog.PairView pair, Long mentorId, LocalDate on, IndividualPlan plan) {
	}

	private final MentoringPairs pairs;

	private final IndividualPlans plans;

	private final MeetingLog meetingLog;

	private final PairMeetings meetings;

	private final Clock clock;

	private final String baseUrl;

	MeetingCalendar(MentoringPairs pairs, IndividualPlans plans, MeetingLog meetingLog, PairMeetings meetings,
			Clock clock, @Value("${nastavnik.base-url}") String baseUrl) {
		this.meetings = meetings;
		this.pairs = pairs;
		this.plans = plans;
		this.meetingLog = meetingLog;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/**
	 * The next meeting due by the plan, counted from the last meeting held: an interval after it, or the schedule's
	 * start when nothing was held in the interval before the start. It may lie in the past, when the pair missed it.
	 */
	static LocalDate nextDue(IndividualPlan plan, Optional<LocalDate> lastHeld) {
		int interval = plan.getCadence().days();
		LocalDate from = plan.getStartsOn().minusDays(interval);
		return lastHeld.filter(held -> held.isAfter(from)).orElse(from).plusDays(interval);
	}

	/** The first day of the schedule's series on or after the given day. */
	static LocalDate onOrAfter(LocalDate due, int interval, LocalDate day) {
		if (!due.isBefore(day)) {
			return due;
		}
		long behind = ChronoUnit.DAYS.between(due, day);
		return due.plusDays((behind + interval - 1) / interval * interval);
	}

	/** The next {@code count} meetings of the pair from today on, by its agreed plan; none without one. */
	@Transactional(readOnly = true)
	public List<LocalDate> upcoming(Long pairId, ZoneId zone, int count) {
		Optional<IndividualPlan> plan = plans.findByPairIdAndSupersededAtIsNull(pairId).filter(IndividualPlan::isAgreed);
		if (plan.isEmpty()) {
			return List.of();
		}
		int interval = plan.get().getCadence().days();
		LocalDate first = onOrAfter(nextDue(plan.get(), meetingLog.lastHeldOn(pairId)), interval,
				LocalDate.now(clock.withZone(zone)));
		List<LocalDate> days = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			days.add(first.plusDays((long) i * interval));
		}
		return days;
	}

	/** The programme's pairs in effect whose agreed plan schedules a meeting on the day. */
	@Transactional(readOnly = true)
	public List<ScheduledMeeting> meetingsOn(Programme programme, LocalDate day) {
		List<MentoringPair> active = pairs.findByProgrammeIdAndStatusOrderById(programme.getId(), PairStatus.ACTIVE)
			.stream().filter(pair -> pair.getActivatedAt() != null).toList();
		Map<Long, IndividualPlan> agreed = new java.util.HashMap<>();
		plans.findByProgrammeIdAndSupersededAtIsNull(programme.getId()).stream().filter(IndividualPlan::isAgreed)
			.forEach(plan -> agreed.put(plan.getPairId(), plan));
		Map<Long, LocalDate> lastHeld = new java.util.HashMap<>();
		meetings.findByProgrammeId(programme.getId()).stream().filter(meeting -> meeting.getAttendance().held())
			.forEach(meeting -> lastHeld.merge(meeting.getPairId(), meeting.getHeldOn(),
					(one, other) -> one.isAfter(other) ? one : other));
		List<MentoringPair> due = active.stream().filter(pair -> agreed.containsKey(pair.getId()))
			.filter(pair -> {
				IndividualPlan plan = agreed.get(pair.getId());
				LocalDate next = nextDue(plan, Optional.ofNullable(lastHeld.get(pair.getId())));
				return onOrAfter(next, plan.getCadence().days(), day).equals(day);
			})
			.toList();
		if (due.isEmpty()) {
			return List.of();
		}
		Map<Long, Participant> people = meetingLog.people(due);
		return due.stream().map(pair -> new ScheduledMeeting(meetingLog.view(pair, people), pair.getMentorId(), day,
				agreed.get(pair.getId()))).toList();
	}

	/** Where the pair's meeting log is, for a link in a mail or an event. */
	public String logUrl(Long pairId) {
		return baseUrl.replaceAll("/+$", "") + "/pairs/" + pairId + "/meetings";
	}

	/**
	 * The meetings as an iCalendar file: one all-day event a meeting (the plan sets the day, not the hour), each with a
	 * stable identifier, so a calendar that imports the file again updates its events rather than doubling them.
	 */
	public byte[] calendar(MeetingLog.PairView pair, IndividualPlan plan, List<LocalDate> days) {
		ICalendar calendar = new ICalendar();
		calendar.setProductId("-//Nastavnik//Meetings of mentoring pairs//RU");
		calendar.setMethod(Method.publish());
		String url = logUrl(pair.id());
		for (LocalDate day : days) {
			VEvent event = new VEvent();
			event.setUid("pair-" + pair.id() + "-" + day + "@nastavnik");
			event.setSummary(EVENT_TITLE + ": " + pair.mentor() + " — " + pair.mentee());
			// biweekly writes a date without time in the JVM's zone: the day's start there keeps the day as it is
			event.setDateStart(Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant()), false);
			event.setDateEnd(Date.from(day.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant()), false);
			StringBuilder description = new StringBuilder()
				.append("Наставник: ").append(pair.mentor()).append('\n')
				.append("Наставляемый: ").append(pair.mentee()).append('\n')
				.append("Форма наставничества: ").append(pair.form()).append('\n')
				.append("Встречи по индивидуальному плану: ").append(plan.getCadence().title());
			if (plan.getDirection() != null && !plan.getDirection().isBlank()) {
				description.append('\n').append("Направление: ").append(plan.getDirection());
			}
			description.append('\n').append("Журнал встреч пары: ").append(url);
			event.setDescription(description.toString());
			event.setUrl(url);
			calendar.addEvent(event);
		}
		return Biweekly.write(calendar).go().getBytes(StandardCharsets.UTF_8);
	}
}
