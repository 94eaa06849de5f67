package ru.nastavnik.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.ApiCalls;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.PageClient;
import ru.nastavnik.approval.ApprovalForm;
import ru.nastavnik.engine.TaskForms;
import ru.nastavnik.pairwork.DemoSchool;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.StageOneDriver;

/**
 * The questionnaire reaches each person one way or more, and is answered once: a mentor with a login gets a task of
 * their own in Tasklist besides the link (answered there, the link is spent; answered through the link, or the round
 * closed, the task goes; unanswered, it ends at the expiry); a participant without an e-mail answers on paper, typed
 * in by the working group on the programme's feedback page; a step moved in the plan moves the links' expiry and the
 * tasks with it.
 */
@NastavnikTest
class FeedbackChannelsTests {

	static final String LOGIN = "mentor-feedback";

	private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	@LocalServerPort
	int port;

	@Autowired
	FeedbackDriver feedback;

	@Autowired
	StageOneDriver driver;

	@Autowired
	DemoSchool school;

	@Autowired
	ApiCalls api;

	@Autowired
	TaskForms taskForms;

	@Autowired
	TaskService taskService;

	@Autowired
	HistoryService historyService;

	@Autowired
	ManagementService managementService;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void cleanUp() {
		ClockUtil.reset();
		school.removeLogin(LOGIN);
	}

	private static Map<String, Object> answers(String pairWork) {
		Map<String, Object> answers = new HashMap<>(Map.of("regularity", "4", "usefulness", "5", "relationship", "5",
				"whatWorked", "Наставляемый сам ведёт разбор задач", "whatToChange", ""));
		if (pairWork != null) {
			answers.put("pairWork", pairWork);
		}
		return answers;
	}

	/** A programme at its November feedback, the mentor Соколов's record linked to a login of «Наставники». */
	private Programme withMentorLogin() throws Exception {
		Programme programme = feedback.programmeAtNovemberFeedback();
		school.teacherWithLogin(LOGIN, "Денис", "Соколов");
		api.body(api.call("curator-school3", HttpMethod.PUT, "/api/participants/" + mentor(programme) + "/login",
				"{\"login\":\"" + LOGIN + "\"}"), HttpStatus.OK);
		return programme;
	}

	private Long mentor(Programme programme) {
		return jdbc.queryForObject("select p.id from participant p join person s on s.id = p.person_id where"
				+ " p.programme_id = ? and s.full_name = 'Соколов Денис Игоревич'", Long.class, programme.getId());
	}

	private Task answerTask(Programme programme) {
		return taskService.createTaskQuery().processDefinitionKey(FeedbackAnswerProcess.KEY).taskAssignee(LOGIN)
			.processVariableValueEquals("programmeId", programme.getId()).singleResult();
	}

	private Long requestOf(Long participant) {
		return jdbc.queryForObject("select id from feedback_request where participant_id = ?", Long.class,
				participant);
	}

	private String linkOf(Long request) {
		return FeedbackDriver.link(jdbc.queryForObject("select m.body from feedback_request r join outbox_message m on"
				+ " m.id = r.outbox_message_id where r.id = ?", String.class, request));
	}

	private Map<String, Object> answerRow(Long request) {
		return jdbc.queryForMap("select a.answered_via, a.entered_by, (select score from feedback_answer_score s where"
				+ " s.answer_id = a.id and s.question = 'pairWork') as pair_work from feedback_answer a where a.request_id = ?",
				request);
	}

	private String endOf(String processInstanceId) {
		HistoricProcessInstance ended = historyService.createHistoricProcessInstanceQuery()
			.processInstanceId(processInstanceId).singleResult();
		assertThat(ended.getEndTime()).as("процесс анкеты завершён").isNotNull();
		return ended.getEndActivityId();
	}

	@Test
	void shouldLetAMentorWithALoginAnswerInTasklistOnceAndSpendTheLink() throws Exception {
		Programme programme = withMentorLogin();
		feedback.openRound(programme);
		Long request = requestOf(mentor(programme));

		// one task, the mentor's own, due when the link expires; nobody else got one (no other login)
		Task task = answerTask(programme);
		assertThat(task).isNotNull();
		assertThat(task.getName()).isEqualTo("Ответить на анкету о работе пары");
		assertThat(task.getDueDate()).isEqualTo(feedback.task(programme).getDueDate());
		assertThat(jdbc.queryForObject("select count(*) from feedback_request r join feedback_round d on d.id ="
				+ " r.round_id where d.programme_id = ? and r.process_instance_id is not null", Integer.class,
				programme.getId())).isEqualTo(1);
		// the mail says the same questionnaire waits in Tasklist; the form says whose and until when
		assertThat(jdbc.queryForObject("select m.body from feedback_request r join outbox_message m on m.id ="
				+ " r.outbox_message_id where r.id = ?", String.class, request))
			.contains("Та же анкета ждёт вас в списке задач");
		assertThat(String.valueOf(taskForms.shown(task.getId()).get(FeedbackAnswerProcess.INTRO)))
			.contains("за ноябрь", "— наставник", "Ответить можно один раз", "с наставляемым");
		String link = linkOf(request);

		// a missing score is refused in Russian, nothing written; someone else cannot answer for the mentor
		assertThatThrownBy(() -> driver.submitTask(task, LOGIN, answers(null)))
			.hasMessageContaining("Выберите оценку от 1 до 5: «Насколько вы довольны работой вашей пары в целом?»");
		assertThatThrownBy(() -> driver.submitTask(task, "admin", answers("4")))
			.hasMessageContaining("эта анкета адресована не вам");
		assertThat(jdbc.queryForObject("select count(*) from feedback_answer where request_id = ?", Integer.class,
				request)).isZero();

		driver.submitTask(task, LOGIN, answers("4"));
		assertThat(answerRow(request)).containsEntry("ANSWERED_VIA", "TASKLIST").containsEntry("PAIR_WORK", 4);
		assertThat(endOf(task.getProcessInstanceId())).isEqualTo("feedbackAnswered");
		// the engine kept none of the answers
		assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(task
			.getProcessInstanceId()).list()).extracting(variable -> variable.getName())
			.doesNotContain("pairWork", "whatWorked");
		HttpResponse<String> spent = new PageClient(port).get(link);
		assertThat(spent.statusCode()).isEqualTo(410);
		assertThat(spent.body()).contains("По этой ссылке уже ответили");
		assertThat(String.valueOf(taskForms.shown(feedback.task(programme).getId()).get(FeedbackSteps.FIGURES)))
			.contains("ответили: 1 (", "в списке задач — 1");
	}

	@Test
	void shouldSettleTheTaskWhenTheLinkAnswersAndWhenTheRoundCloses() throws Exception {
		Programme programme = withMentorLogin();
		feedback.openRound(programme);
		Long request = requestOf(mentor(programme));
		Task task = answerTask(programme);

		PageClient person = new PageClient(port);
		String link = linkOf(request);
		assertThat(person.get(link).statusCode()).isEqualTo(200);
		HttpResponse<String> answered = person.postForm(link, Map.of("pairWork", "5",
				"regularity", "5", "usefulness", "5", "relationship", "5"));
		assertThat(answered.statusCode()).isEqualTo(200);
		assertThat(answerTask(programme)).as("задача снята: ответ пришёл по ссылке").isNull();
		assertThat(endOf(task.getProcessInstanceId())).isEqualTo("feedbackSettled");
		assertThat(answerRow(request)).containsEntry("ANSWERED_VIA", "LINK");
	}

	@Test
	void shouldEndTheTaskAtTheExpiryAndWhenTheRoundCloses() throws Exception {
		Programme programme = withMentorLogin();
		feedback.openRound(programme);
		Task task = answerTask(programme);
		Job expiry = managementService.createJobQuery().processInstanceId(task.getProcessInstanceId())
			.activityId(FeedbackAnswerProcess.EXPIRED).singleResult();
		assertThat(expiry.getDuedate()).isEqualTo(task.getDueDate());
		managementService.executeJob(expiry.getId());
		assertThat(endOf(task.getProcessInstanceId())).isEqualTo("feedbackExpired");

		Programme second = feedback.programmeAtNovemberFeedback();
		jdbc.update("update participant set login = ? where id = ?", LOGIN, mentor(second));
		feedback.openRound(second);
		Task open = taskService.createTaskQuery().processDefinitionKey(FeedbackAnswerProcess.KEY)
			.processVariableValueEquals("programmeId", second.getId()).singleResult();
		assertThat(open.getAssignee()).isEqualTo(LOGIN);
		driver.submit(second, FeedbackSteps.NOVEMBER, "workgroup-school3", Map.of(FeedbackSteps.NO_ANSWERS_REASON,
				"Опрос перенесён на декабрь по просьбе родителей"));
		assertThat(endOf(open.getProcessInstanceId())).isEqualTo("feedbackSettled");
	}

	@Test
	void shouldLetTheWorkingGroupTypeInPaperAnswersOfWhoeverHasNoMail() {
		Programme programme = feedback.programmeAtNovemberFeedback();
		Long noMail = jdbc.queryForObject("select mentor_id from mentoring_pair where programme_id = ? and status ="
				+ " 'ACTIVE' order by id limit 1", Long.class, programme.getId());
		String name = jdbc.queryForObject("select s.full_name from participant p join person s on s.id = p.person_id"
				+ " where p.id = ?", String.class, noMail);
		jdbc.update("update person set email = null where id = (select person_id from participant where id = ?)",
				noMail);
		feedback.openRound(programme);
		Long request = requestOf(noMail);
		assertThat(jdbc.queryForObject("select outbox_message_id from feedback_request where id = ?", Long.class,
				request)).as("без почты письма нет").isNull();
		String page = "/programmes/" + programme.getId() + "/feedback";
		String paper = page + "/requests/" + request;

		// the programme's page links the rounds; the rounds show who is asked how, never what they answered
		PageClient workgroup = PageClient.signIn(port, "workgroup-school3", "demo");
		assertThat(workgroup.get("/programmes/" + programme.getId()).body()).contains("Обратная связь пар");
		HttpResponse<String> rounds = workgroup.get(page);
		assertThat(rounds.statusCode()).isEqualTo(200);
		assertThat(rounds.body()).contains("Обратная связь за ноябрь", name,
				"только на бумаге (нет адреса почты)", "ссылка по почте", "ждём ответа",
				"ввести ответы с бумажной анкеты", "Анкет выдано: ");

		// the form, a wrong submission refused with nothing written, then the answers typed in once
		assertThat(workgroup.get(paper).body()).contains("Ответы с бумажной анкеты", name,
				"Насколько вы довольны отношениями с наставляемым?");
		HttpResponse<String> wrong = workgroup.postForm(paper, Map.of("pairWork", "7", "regularity", "4",
				"usefulness", "4", "relationship", "4"));
		assertThat(wrong.statusCode()).isEqualTo(422);
		assertThat(wrong.body()).contains("Выберите оценку от 1 до 5: «Насколько вы довольны работой вашей пары в целом?»");
		assertThat(jdbc.queryForObject("select count(*) from feedback_answer where request_id = ?", Integer.class,
				request)).isZero();
		HttpResponse<String> typed = workgroup.postForm(paper, Map.of("pairWork", "4", "regularity", "4",
				"usefulness", "5", "relationship", "4", "whatWorked", "Ученик стал увереннее"));
		assertThat(typed.statusCode()).isEqualTo(302);
		assertThat(answerRow(request)).containsEntry("ANSWERED_VIA", "PAPER")
			.containsEntry("ENTERED_BY", "workgroup-school3");
		HttpResponse<String> again = workgroup.postForm(paper, Map.of("pairWork", "1", "regularity", "1",
				"usefulness", "1", "relationship", "1"));
		assertThat(again.statusCode()).isEqualTo(410);
		assertThat(again.body()).contains("уже ответили");
		assertThat(workgroup.get(page).body()).contains("на бумаге", "ответили: 1 (", "на бумаге — 1");

		// the director reads the rounds but types in nothing; another organisation finds no programme
		PageClient director = PageClient.signIn(port, "director-school3", "demo");
		assertThat(director.get(page).statusCode()).isEqualTo(200);
		assertThat(director.get(paper).statusCode()).isEqualTo(403);
		assertThat(PageClient.signIn(port, "psychologist-school3", "demo").get(page).statusCode()).isEqualTo(403);
		PageClient otherOrganisation = PageClient.signIn(port, "curator-kindergarten", "demo");
		assertThat(otherOrganisation.get(page).statusCode()).isEqualTo(404);
		assertThat(otherOrganisation.postForm(paper, Map.of("pairWork", "4",
				"regularity", "4", "usefulness", "4", "relationship", "4")).statusCode()).isEqualTo(404);
	}

	@Test
	void shouldMoveTheLinksExpiryAndTheTasksWithTheStepsDueDate() throws Exception {
		Programme programme = withMentorLogin();
		feedback.openRound(programme);
		Long request = requestOf(mentor(programme));
		String link = linkOf(request);
		Task step = feedback.task(programme);
		LocalDate later = step.getDueDate().toInstant().atZone(MOSCOW).toLocalDate().plusDays(10);

		String change = api.body(api.call("curator-school3", HttpMethod.POST, "/api/programmes/" + programme.getId()
				+ "/plan/" + FeedbackSteps.NOVEMBER + "/changes", "{\"dueOn\":\"" + later + "\",\"reason\":"
						+ "\"Каникулы: ответов мало, продлеваем опрос\"}"), HttpStatus.ACCEPTED).get("id").asText();
		Task decision = taskService.createTaskQuery().processDefinitionKey("plan-change")
			.processVariableValueEquals("planChangeId", Long.valueOf(change))
			.singleResult();
		driver.submitTask(decision, "director-school3", Map.of(ApprovalForm.DECISION, ApprovalForm.APPROVE));

		java.util.Date due = feedback.task(programme).getDueDate();
		assertThat(due).isAfter(step.getDueDate());
		assertThat(jdbc.queryForObject("select expires_at from feedback_request where id = ?", java.sql.Timestamp.class,
				request).toInstant()).isEqualTo(due.toInstant());
		Task task = answerTask(programme);
		assertThat(task.getDueDate()).isEqualTo(due);
		assertThat(managementService.createJobQuery().processInstanceId(task.getProcessInstanceId())
			.activityId(FeedbackAnswerProcess.EXPIRED).singleResult().getDuedate()).isEqualTo(due);

		// a day after the old due date the link still answers
		ClockUtil.setCurrentTime(java.util.Date.from(step.getDueDate().toInstant().plus(Duration.ofDays(1))));
		assertThat(new PageClient(port).get(link).statusCode()).isEqualTo(200);
		List<Job> overdue = managementService.createJobQuery().processInstanceId(step.getProcessInstanceId())
			.activityId(FeedbackSteps.NOVEMBER).timers().list();
		assertThat(overdue).extracting(Job::getDuedate).contains(due);
	}
}
