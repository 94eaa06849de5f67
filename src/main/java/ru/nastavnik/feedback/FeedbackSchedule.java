package ru.nastavnik.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import ru.nastavnik.programme.OwnProgramme;
import ru.nastavnik.programme.RoadmapPlan;

/**
 * When a round's questionnaires go out: at 9:00 on the first day of the step's month (November, May), a week
 * before the due date at the latest — never earlier than the step's task exists. The task of the May round opens in
 * the autumn, right after the November one closes; its mails wait for May.
 */
@Component("feedbackSchedule")
public class FeedbackSchedule {

	private final RoadmapPlan plan;

	private final OwnProgramme ownProgramme;

	private final Clock clock;

	FeedbackSchedule(RoadmapPlan plan, OwnProgramme ownProgramme, Clock clock) {
		this.plan = plan;
		this.ownProgramme = ownProgramme;
		this.clock = clock;
	}

	/** The time of the step's timer that opens its round ({@code ${feedbackSchedule.opensAt(execution)}}). */
	public Date opensAt(DelegateExecution execution) {
		ZoneId zone = ownProgramme.of(execution).getZone();
		return Date.from(opensAt(plan.dueDate(execution).toInstant(), clock.instant(), zone));
	}

	static Instant opensAt(Instant due, Instant now, ZoneId zone) {
		ZonedDateTime monthStart = due.atZone(zone).withDayOfMonth(1).toLocalDate().atTime(9, 0).atZone(zone);
		Instant opens = monthStart.toInstant();
		Instant weekBefore = due.minus(Duration.ofDays(7));
		if (opens.isAfter(weekBefore)) {
			opens = weekBefore;
		}
		return opens.isBefore(now) ? now : opens;
	}
}
