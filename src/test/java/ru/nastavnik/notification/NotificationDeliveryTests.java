package ru.nastavnik.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeProcess;
import ru.nastavnik.programme.StageOneDriver;

/** Escalation mails through the outbox and a real SMTP server (GreenMail): sent after commit, retried, never lost. */
@NastavnikTest
class NotificationDeliveryTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	StageOneDriver driver;

	@Autowired
	ManagementService managementService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	HistoryService historyService;

	@Autowired
	OutboxMessages outbox;

	@Autowired
	Outbox posting;

	@Autowired
	TransactionTemplate transaction;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	/** Starts a programme and lets its first step run late: the escalation posts one message to each of two people. */
	private List<Job> escalateFirstStep() {
		Programme programme = driver.startSchoolProgramme();
		Set<String> earlierDeliveries = deliveries();
		int year = programme.getStartsOn().getYear();
		ClockUtil.setCurrentTime(StageOneDriver.date(LocalDate.of(year, 6, 1)));
		Job timer = managementService.createJobQuery().processInstanceId(programme.getProcessInstanceId())
			.activityId(ProgrammeProcess.APPOINT_CURATOR).timers().singleResult();
		managementService.executeJob(timer.getId());
		Set<String> newDeliveries = deliveries();
		newDeliveries.removeAll(earlierDeliveries);
		return managementService.createJobQuery().processInstanceIds(newDeliveries).executable().list();
	}

	private Set<String> deliveries() {
		Set<String> ids = new HashSet<>();
		runtimeService.createProcessInstanceQuery().processDefinitionKey(NotificationDelivery.KEY).list()
			.forEach(instance -> ids.add(instance.getId()));
		return ids;
	}

	@Test
	void shouldTellTheMembersOfAGroupWhenATaskIsHandedOverToIt() {
		int before = outbox.findByTenantIdOrderById("school3").size();
		Programme programme = driver.startSchoolProgramme();
		driver.appointCurator(programme);

		List<OutboxMessage> messages = outbox.findByTenantIdOrderById("school3");
		assertThat(messages.subList(before, messages.size()))
			.extracting(OutboxMessage::getRecipientLogin, OutboxMessage::getSubject)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple("director-school3", "Новая задача: «Назначить куратора программы»"),
					org.assertj.core.groups.Tuple.tuple("curator-school3", "Новая задача: «Разработать Положение о наставничестве»"),
					org.assertj.core.groups.Tuple.tuple("workgroup-school3", "Новая задача: «Разработать Положение о наставничестве»"),
					org.assertj.core.groups.Tuple.tuple("curator-school3", "Новая задача: «Разработать дорожную карту программы»"),
					org.assertj.core.groups.Tuple.tuple("workgroup-school3", "Новая задача: «Разработать дорожную карту программы»"));
		assertThat(messages.get(messages.size() - 1).getBody())
			.contains("В организации «МБОУ СШ №3 г. Лысково» вашей группе")
			.contains("срок — 30.06." + programme.getStartsOn().getYear());
	}

	/** A mail with a one-use link leaves the link in the mailbox only: the outbox forgets the text once sent. */
	@Test
	void shouldEraseTheTextOfAMailWithASecretOnceSent() throws Exception {
		Set<String> earlierDeliveries = deliveries();
		OutboxMessage posted = transaction.execute(status -> posting.postSecretToUser("school3", "curator-school3",
				"invitation", Map.of("login", "curator-school3", "roles", "Куратор программы наставничества", "link",
						"http://localhost:8080/invitation/secret-of-one-use", "expires", "14.12.2026 18:00:00")));
		assertThat(outbox.findById(posted.getId()).orElseThrow().getBody()).contains("secret-of-one-use");
		Set<String> newDeliveries = deliveries();
		newDeliveries.removeAll(earlierDeliveries);

		managementService.createJobQuery().processInstanceIds(newDeliveries).executable().list()
			.forEach(job -> managementService.executeJob(job.getId()));

		assertThat(smtp.getReceivedMessages()).singleElement()
			.satisfies(mail -> assertThat(mail.getContent().toString()).contains("secret-of-one-use"));
		OutboxMessage sent = outbox.findById(posted.getId()).orElseThrow();
		assertThat(sent.getSentAt()).isNotNull();
		assertThat(sent.getBody()).doesNotContain("secret-of-one-use")
			.isEqualTo("Текст письма удалён: в нём была одноразовая ссылка.");
	}

	/** A partner's invitation goes to the address the organisation keeps, with the event for the calendar attached. */
	@Test
	void shouldMailAnAddressTheOrganisationKeepsWithItsAttachment() throws Exception {
		Set<String> earlierDeliveries = deliveries();
		transaction.executeWithoutResult(status -> posting.postToAddress("school3", "partner@example.ru",
				"celebration-invitation", Map.of("recipient", "Смирнова Ольга Петровна", "inviter",
						"МБОУ СШ №3 г. Лысково", "when", "28.05.2027 в 15:00", "place", "Актовый зал", "representative",
						false, "child", "—"), new Outbox.Attachment("torzhestvennoe-meropriyatie.ics", "text/calendar",
								"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
		Set<String> newDeliveries = deliveries();
		newDeliveries.removeAll(earlierDeliveries);
		managementService.createJobQuery().processInstanceIds(newDeliveries).executable().list()
			.forEach(job -> managementService.executeJob(job.getId()));

		assertThat(smtp.getReceivedMessages()).singleElement().satisfies(mail -> {
			assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("partner@example.ru");
			assertThat(mail.getSubject()).isEqualTo("МБОУ СШ №3 г. Лысково: приглашение на торжественное мероприятие — "
					+ "итоги программы наставничества");
			jakarta.mail.internet.MimeMultipart parts = (jakarta.mail.internet.MimeMultipart) mail.getContent();
			assertThat(parts.getCount()).isEqualTo(2);
			assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("torzhestvennoe-meropriyatie.ics");
			assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/calendar");
		});
	}

	@Test
	void shouldMailTheCuratorAndTheDirectorInRussianAfterTheStepCommits() throws Exception {
		List<Job> jobs = escalateFirstStep();
		assertThat(jobs).hasSize(2).allSatisfy(job -> assertThat(job.getTenantId()).isEqualTo("school3"));
		assertThat(smtp.getReceivedMessages()).as("nothing is sent inside the step's transaction").isEmpty();

		jobs.forEach(job -> managementService.executeJob(job.getId()));

		MimeMessage[] mails = smtp.getReceivedMessages();
		assertThat(mails).extracting(mail -> mail.getAllRecipients()[0].toString())
			.containsExactlyInAnyOrder("curator-school3@nastavnik.local", "director-school3@nastavnik.local");
		assertThat(mails[0].getSubject())
			.isEqualTo("Просрочен шаг программы наставничества: «Назначение куратора программы наставничества»");
		assertThat(mails[0].getContent().toString()).startsWith("Здравствуйте, ")
			.contains("МБОУ СШ №3 г. Лысково")
			.contains("http://localhost:8080/camunda/app/tasklist/");
		for (Job job : jobs) {
			assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(job.getProcessInstanceId())
				.finished().list()).extracting(activity -> activity.getActivityId())
				.contains(NotificationDelivery.SEND_MAIL, NotificationDelivery.MAIL_SENT);
		}
	}

	@Test
	void shouldRaiseAnIncidentWhileSmtpIsDownAndSendExactlyOneMailAfterRecovery() throws Exception {
		smtp.stop();
		List<Job> jobs = escalateFirstStep();
		assertThat(jobs).hasSize(2);
		Job job = jobs.get(0);

		// three attempts, five minutes apart: then the job has no retries left and Cockpit shows an incident
		for (int attempt = 1; attempt <= 3; attempt++) {
			String id = job.getId();
			assertThatThrownBy(() -> managementService.executeJob(id)).hasMessageContaining("не отправлено");
			assertThat(managementService.createJobQuery().jobId(id).singleResult().getRetries())
				.isEqualTo(3 - attempt);
			ClockUtil.setCurrentTime(Date.from(Instant.ofEpochMilli(ClockUtil.getCurrentTime().getTime())
				.plusSeconds(6 * 60)));
		}
		Incident incident = runtimeService.createIncidentQuery().processInstanceId(job.getProcessInstanceId())
			.singleResult();
		assertThat(incident).isNotNull();
		assertThat(incident.getIncidentMessage()).contains("не отправлено").doesNotContain("@");
		assertThat(managementService.getJobExceptionStacktrace(job.getId())).doesNotContain("@");
		assertThat(historyService.createHistoricJobLogQuery().jobId(job.getId()).failureLog().list())
			.hasSize(3)
			.allSatisfy(log -> assertThat(log.getJobExceptionMessage()).doesNotContain("@"));

		smtp.start();
		managementService.setJobRetries(job.getId(), 1);
		managementService.executeJob(job.getId());

		assertThat(smtp.getReceivedMessages()).hasSize(1);

		assertThat(runtimeService.createIncidentQuery().processInstanceId(job.getProcessInstanceId()).count())
			.isZero();
		assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(job.getProcessInstanceId())
			.count()).isZero();
	}
}
