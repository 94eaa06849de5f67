package ru.nastavnik.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.DateTimeComponents;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.PageClient;
import ru.nastavnik.notification.NotificationDelivery;
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairing.MentoringPairs;
import ru.nastavnik.pairing.PairingDriver;
import ru.nastavnik.pairwork.IndividualPlanning;
import ru.nastavnik.pairwork.MeetingAttendance;
import ru.nastavnik.pairwork.MeetingCadence;
import ru.nastavnik.pairwork.MeetingCalendar;
import ru.nastavnik.pairwork.MeetingFormat;
import ru.nastavnik.pairwork.MeetingLog;
import ru.nastavnik.pairwork.PlanDraft;
import ru.nastavnik.participant.ParticipantDriver;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.time.RussianDates;

/**
 * Reminders before the date, through the outbox and a real SMTP server (GreenMail): exactly one to the mentor the day
 * before the pair's scheduled meeting, with the meeting as a calendar event, none once the meeting is recorded; exactly
 * one to a step's group the configured days before its due date; none when the daily run is repeated.
 */
@NastavnikTest
class ReminderTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	static final String WORKING_GROUP = "workgroup-school3";

	static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	@LocalServerPort
	int port;

	@Autowired
	PairingDriver pairing;

	@Autowired
	Reminders reminders;

	@Autowired
	MentoringPairs pairs;

	@Autowired
	IndividualPlanning planning;

	@Autowired
	MeetingLog meetingLog;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	Programme programme;

	MentoringPair pair;

	/** Stage V done for a fresh school programme: the engineer and the pupil who wants to code are a pair in effect. */
	@BeforeEach
	void fixThePairsByOrder() {
		PairingDriver.School school = pairing.school();
		programme = school.programme();
		pair = pairing.pairsInEffect(school);
	}

	@Test
	void shouldRemindTheMentorOnceTheDayBeforeTheScheduledMeetingAndNotOnceItIsRecorded() throws Exception {
		LocalDate start = ParticipantDriver.today().plusDays(10);
		transaction.executeWithoutResult(status -> planning.draft(view(), new PlanDraft("Профориентация в ИТ",
				MeetingCadence.WEEKLY, 3, start, List.of(new PlanDraft.Goal("Собрать свой проект на Python", List.of(
						new PlanDraft.Task("Выбрать тему", "Тема утверждена", start.plusDays(14)))))), WORKING_GROUP));
		transaction.executeWithoutResult(status -> planning.markAgreements(view(), ParticipantDriver.today(),
				ParticipantDriver.today(), WORKING_GROUP));

		// two days before: nothing yet
		ParticipantDriver.setToday(start.minusDays(2));
		assertThat(runAndDeliver().meetings()).isZero();
		assertThat(mailsTo("sokolov@example.ru")).isEmpty();

		// the day before: one mail to the mentor, with the meeting as a calendar event
		ParticipantDriver.setToday(start.minusDays(1));
		assertThat(runAndDeliver().meetings()).isOne();
		List<MimeMessage> mails = mailsTo("sokolov@example.ru");
		assertThat(mails).hasSize(1);
		MimeMessage mail = mails.get(0);
		assertThat(mail.getSubject()).isEqualTo("Завтра, " + RussianDates.format(start)
				+ ", встреча наставнической пары: Соколов Денис Игоревич — Кузнецова Анна Ильинична");
		assertThat(text(mail)).startsWith("Здравствуйте, Соколов Денис Игоревич!")
			.contains("следующая встреча — завтра, " + RussianDates.format(start))
			.contains("Направление работы пары: Профориентация в ИТ")
			.contains("/pairs/" + pair.getId() + "/meetings");
		Part ics = attachment(mail);
		assertThat(ics.getFileName()).isEqualTo("meeting-" + start + ".ics");
		assertThat(ics.getContentType()).startsWith("text/calendar");
		List<VEvent> events = events(new String(ics.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
		assertThat(events).singleElement().satisfies(event -> {
			assertThat(day(event)).isEqualTo(start);
			assertThat(event.getDateStart().getValue().hasTime()).isFalse();
			assertThat(event.getSummary().getValue()).startsWith(MeetingCalendar.EVENT_TITLE)
				.contains("Соколов Денис Игоревич");
			assertThat(event.getUid().getValue()).isEqualTo("pair-" + pair.getId() + "-" + start + "@nastavnik");
		});

		// the run repeated the same day: nothing more
		assertThat(runAndDeliver().meetings()).isZero();
		assertThat(mailsTo("sokolov@example.ru")).hasSize(1);
		assertThat(jdbc.queryForObject("select count(*) from reminder_sent where kind = 'MEETING' and subject_key = ?",
				Integer.class, "pair-" + pair.getId())).isOne();

		// the pair met early, before the next scheduled day: the schedule moves, no reminder for that day
		ParticipantDriver.setToday(start.plusDays(5));
		record(start.plusDays(5));
		ParticipantDriver.setToday(start.plusDays(6));
		assertThat(runAndDeliver().meetings()).isZero();
		assertThat(mailsTo("sokolov@example.ru")).hasSize(1);
		// the next one comes a week after the meeting held
		ParticipantDriver.setToday(start.plusDays(11));
		assertThat(runAndDeliver().meetings()).isOne();
		assertThat(mailsTo("sokolov@example.ru")).hasSize(2).last()
			.satisfies(next -> assertThat(next.getSubject()).startsWith("Завтра, "
					+ RussianDates.format(start.plusDays(12))));

		// the plan's page offers the pair's next meetings for a calendar
		PageClient workingGroup = PageClient.signIn(port, WORKING_GROUP, "demo");
		assertThat(workingGroup.get("/pairs/" + pair.getId() + "/plan").body())
			.contains("/pairs/" + pair.getId() + "/plan.ics", "Добавить встречи в календарь (.ics)");
		var feed = workingGroup.getBytes("/pairs/" + pair.getId() + "/plan.ics");
		assertThat(feed.statusCode()).isEqualTo(200);
		assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
		List<VEvent> schedule = events(new String(feed.body(), StandardCharsets.UTF_8));
		assertThat(schedule).hasSize(10);
		assertThat(day(schedule.get(0))).isEqualTo(start.plusDays(12));
		assertThat(day(schedule.get(9))).isEqualTo(start.plusDays(12 + 9 * 7));
		// another organisation's curator does not see the pair
		assertThat(PageClient.signIn(port, "curator-kindergarten", "demo")
			.getBytes("/pairs/" + pair.getId() + "/plan.ics").statusCode()).isEqualTo(404);
	}

	@Test
	void shouldRemindAStepsGroupOnceTheConfiguredDaysBeforeItsDueDate() throws Exception {
		Task organisational = taskService.createTaskQuery().processInstanceId(pair.getProcessInstanceId())
			.singleResult();
		LocalDate dueOn = ParticipantDriver.today().plusDays(3);
		taskService.setDueDate(organisational.getId(), Date.from(dueOn.atTime(18, 0).atZone(MOSCOW).toInstant()));
		String subject = "Срок шага «" + organisational.getName() + "» — " + RussianDates.format(dueOn);

		assertThat(runAndDeliver().steps()).isOne();
		List<MimeMessage> reminded = received().stream().filter(mail -> subjectOf(mail).equals(subject)).toList();
		// one mail to each member of the step's group (the demo's curator is in the working group too)
		assertThat(reminded).extracting(mail -> mail.getAllRecipients()[0].toString())
			.containsExactlyInAnyOrder("workgroup-school3@nastavnik.local", "curator-school3@nastavnik.local");
		assertThat(text(reminded.get(0))).contains("вашей группы (Рабочая группа)")
			.contains("http://localhost:8080/camunda/app/tasklist/");

		int before = received().size();
		assertThat(runAndDeliver().steps()).isZero();
		assertThat(received()).hasSize(before);
	}

	/** Runs the programme's daily reminders, as its timer would, and delivers the mails they posted. */
	private Reminders.Sent runAndDeliver() {
		Set<String> earlier = deliveries();
		Reminders.Sent sent = transaction.execute(status -> reminders.remind(programme));
		Set<String> posted = deliveries();
		posted.removeAll(earlier);
		if (!posted.isEmpty()) {
			managementService.createJobQuery().processInstanceIds(posted).executable().list()
				.forEach(job -> managementService.executeJob(job.getId()));
		}
		return sent;
	}

	private Set<String> deliveries() {
		Set<String> ids = new HashSet<>();
		runtimeService.createProcessInstanceQuery().processDefinitionKey(NotificationDelivery.KEY).list()
			.forEach(instance -> ids.add(instance.getId()));
		return ids;
	}

	private static List<MimeMessage> received() {
		return List.of(smtp.getReceivedMessages());
	}

	private static List<MimeMessage> mailsTo(String address) throws MessagingException {
		List<MimeMessage> mails = new ArrayList<>();
		for (MimeMessage mail : smtp.getReceivedMessages()) {
			if (mail.getAllRecipients()[0].toString().equals(address)) {
				mails.add(mail);
			}
		}
		return mails;
	}

	private static String subjectOf(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The mail's text, wherever the multipart keeps it. */
	private static String text(Part part) throws MessagingException, IOException {
		if (part.isMimeType("text/plain") && part.getFileName() == null) {
			return part.getContent().toString();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String text = text(multipart.getBodyPart(i));
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

	private static Part attachment(Part part) throws MessagingException, IOException {
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				if (Part.ATTACHMENT.equalsIgnoreCase(child.getDisposition())) {
					return child;
				}
				Part nested = attachment(child);
				if (nested != null) {
					return nested;
				}
			}
		}
		return null;
	}

	private static List<VEvent> events(String ics) {
		ICalendar calendar = Biweekly.parse(ics).first();
		assertThat(calendar).as("the .ics parses").isNotNull();
		return calendar.getEvents();
	}

	private static LocalDate day(VEvent event) {
		DateTimeComponents raw = event.getDateStart().getValue().getRawComponents();
		return LocalDate.of(raw.getYear(), raw.getMonth(), raw.getDate());
	}

	private MeetingLog.PairView view() {
		return meetingLog.pair(pair.getId(), new CurrentUser(WORKING_GROUP, Set.of("working-group"),
				Set.of("school3")), MeetingLog.RECORDERS);
	}

	private void record(LocalDate day) {
		meetingLog.record(pair.getId(), new MeetingLog.NewMeeting(day, 45, MeetingFormat.ONLINE,
				MeetingAttendance.BOTH, "Разбор задач", "Разобрали две задачи на циклы", null),
				new CurrentUser(WORKING_GROUP, Set.of("working-group"), Set.of("school3")));
	}
}
