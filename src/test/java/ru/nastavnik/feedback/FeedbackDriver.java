package ru.nastavnik.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import ru.nastavnik.participant.ParticipantDriver;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.StageOneDriver;

/**
 * A fresh programme of school 3 of its own, with two mentors and two mentees (minors) paired and through their
 * organisational meetings, whose November feedback round is opened as its timer would: the demo's programme stays as
 * the other tests read it.
 */
@Component
public class FeedbackDriver {

	private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/feedback/[A-Za-z0-9_-]+)");

	private final StageOneDriver driver;

	private final ParticipantDriver participants;

	private final ManagementService managementService;

	private final JdbcTemplate jdbc;

	FeedbackDriver(StageOneDriver driver, ParticipantDriver participants, ManagementService managementService,
			JdbcTemplate jdbc) {
		this.driver = driver;
		this.participants = participants;
		this.managementService = managementService;
		this.jdbc = jdbc;
	}

	/** A programme whose pairs work (stage VI) and whose November feedback step waits, its round not open yet. */
	public Programme programmeAtNovemberFeedback() {
		Programme programme = programmeWithBases();
		// the November round waits from the pairs' first meetings on
		driver.workStagesFourToSevenBefore(programme, "holdTrialMeetings");
		assertThat(task(programme)).as("задача сбора обратной связи (ноябрь)").isNotNull();
		return programme;
	}

	/** A pupils' programme with two mentors and two mentees in the bases, stages I–III done. */
	public Programme programmeWithBases() {
		Programme programme = driver.startSchoolProgramme();
		driver.completeStageOne(programme);
		participants.fourIntoBases(programme);
		driver.workStagesTwoAndThree(programme);
		return programme;
	}

	/** A programme at the year's end whose satisfaction step (27) waits, its round not open yet. */
	public Programme programmeAtSatisfaction() {
		Programme programme = programmeWithBases();
		driver.workStagesFourToSevenBefore(programme, FeedbackSteps.SATISFACTION);
		assertThat(driver.task(programme, FeedbackSteps.SATISFACTION)).as("задача анкетирования удовлетворённости")
			.isNotNull();
		return programme;
	}

	public Task task(Programme programme) {
		return driver.task(programme, FeedbackSteps.NOVEMBER);
	}

	/** Runs the step's timer that opens the round (the earlier of its two timers; the other escalates overdue). */
	public void openRound(Programme programme) {
		openRound(programme, FeedbackSteps.NOVEMBER);
	}

	public void openRound(Programme programme, String step) {
		Task task = driver.task(programme, step);
		Job opening = managementService.createJobQuery().timers().processInstanceId(task.getProcessInstanceId())
			.activityId(step).orderByJobDuedate().asc().list().get(0);
		managementService.executeJob(opening.getId());
	}

	public Long roundId(Programme programme) {
		return roundId(programme, FeedbackSteps.NOVEMBER);
	}

	public Long roundId(Programme programme, String step) {
		return jdbc.queryForObject("select id from feedback_round where programme_id = ? and step = ?", Long.class,
				programme.getId(), step);
	}

	/** The links of the round's requests not answered yet, as their addressees find them in their mail. */
	public List<String> openLinks(Programme programme) {
		return openLinks(programme, FeedbackSteps.NOVEMBER);
	}

	public List<String> openLinks(Programme programme, String step) {
		return jdbc.queryForList("select m.body from feedback_request r join outbox_message m on m.id ="
				+ " r.outbox_message_id where r.round_id = ? and r.answered_at is null order by r.id", String.class,
				roundId(programme, step)).stream().map(FeedbackDriver::link).toList();
	}

	static String link(String body) {
		Matcher link = LINK.matcher(body);
		assertThat(link.find()).as(body).isTrue();
		return link.group(1);
	}
}
