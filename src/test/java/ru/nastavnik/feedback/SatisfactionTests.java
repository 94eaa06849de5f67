package ru.nastavnik.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
import ru.nastavnik.document.PrintedPdf;
import ru.nastavnik.engine.TaskForms;
import ru.nastavnik.pairwork.DemoSchool;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.StageOneDriver;
import ru.nastavnik.programme.StepRecord;

/**
 * Step 27, the Р-145 satisfaction with the participation, asked at the year's end the way the pairs' feedback is: a
 * one-use link for each participant of a pair that worked, the mentee's and the mentor's own questions on a scale from
 * 1 to 10 and yes/no; a participant with a login answers in Tasklist instead; bad answers refused in Russian with
 * nothing written; the step closes from the figures, and the monitoring report shows them — a role's means and its
 * distribution only from five answers on.
 */
@NastavnikTest
class SatisfactionTests {

	static final String LOGIN = "mentor-satisfaction";

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
	JdbcTemplate jdbc;

	@AfterEach
	void cleanUp() {
		ClockUtil.reset();
		school.removeLogin(LOGIN);
	}

	private static Map<String, String> menteeAnswers(String effectiveness) {
		Map<String, String> answers = new HashMap<>(Map.of("comfort", "9", "personalMeetings", "8",
				"groupMeetings", "7", "expectations", "8", "clearTasks", "9", "mentorSupport", "10", "recommend", "1",
				"becomeMentor", "0", "whatWorked", "Разобрались с проектом"));
		if (effectiveness != null) {
			answers.put("effectiveness", effectiveness);
		}
		return answers;
	}

	@Test
	void shouldAskEveryoneOfAWorkingPairAndCloseStep27FromTheFigures() throws Exception {
		Programme programme = feedback.programmeAtSatisfaction();
		Task step = driver.task(programme, FeedbackSteps.SATISFACTION);
		assertThat(step.getName()).isEqualTo("Провести анкетирование удовлетворённости участием");
		assertThat(taskForms.shown(step.getId())).containsEntry(FeedbackSteps.TITLE,
				"Удовлетворённость участием в программе наставничества");
		// nothing went out yet: the step cannot close without a reason
		assertThatThrownBy(() -> driver.submitTask(step, "director-school3", Map.of()))
			.hasMessageContaining("Ответов пока нет (анкет отправлено: 0)");

		feedback.openRound(programme, FeedbackSteps.SATISFACTION);
		Long round = feedback.roundId(programme, FeedbackSteps.SATISFACTION);
		List<Map<String, Object>> asked = jdbc.queryForList("select r.id, r.respondent_role, m.subject, m.body from"
				+ " feedback_request r join outbox_message m on m.id = r.outbox_message_id where r.round_id = ?"
				+ " order by r.id", round);
		// both pairs worked to the end: their mentor (one for both) and two mentees are asked, each once, by mail
		assertThat(jdbc.queryForList("select respondent_role from feedback_request where round_id = ?", String.class,
				round)).containsExactlyInAnyOrder("MENTOR", "MENTEE", "MENTEE");
		assertThat(asked).hasSize(3);
		assertThat(asked).allSatisfy(row -> assertThat((String) row.get("SUBJECT"))
			.contains("Анкета удовлетворённости участием"));
		assertThat((String) asked.get(0).get("BODY")).contains("оценок от 1 до 10");

		Map<String, Object> mentee = asked.stream().filter(row -> "MENTEE".equals(row.get("RESPONDENT_ROLE")))
			.findFirst().orElseThrow();
		String link = FeedbackDriver.link((String) mentee.get("BODY"));
		PageClient person = new PageClient(port);
		HttpResponse<String> page = person.get(link);
		assertThat(page.statusCode()).isEqualTo(200);
		// the mentee's own questions, not the mentor's
		assertThat(page.body()).contains("Удовлетворённость участием в программе наставничества",
				"Насколько эффективной была для вас программа наставничества?",
				"Насколько вы ощущали поддержку наставника?", "Хотели бы вы в будущем сами стать наставником?",
				"Оценки от 1 (самая низкая) до 10 (самая высокая).")
			.doesNotContain("Насколько достаточной была поддержка куратора", "Насколько вы довольны работой вашей пары");

		// a missing score, a score off the scale and an impossible yes/no: refused in Russian, nothing written
		HttpResponse<String> missing = person.postForm(link, menteeAnswers(null));
		assertThat(missing.statusCode()).isEqualTo(422);
		assertThat(missing.body()).contains(
				"Поставьте оценку от 1 до 10: «Насколько эффективной была для вас программа наставничества?»");
		Map<String, String> offScale = menteeAnswers("11");
		offScale.put("recommend", "может быть");
		HttpResponse<String> wrong = person.postForm(link, offScale);
		assertThat(wrong.statusCode()).isEqualTo(422);
		assertThat(wrong.body()).contains("Поставьте оценку от 1 до 10", "Ответьте «да» или «нет»: «Порекомендовали");
		assertThat(jdbc.queryForObject("select count(*) from feedback_answer where round_id = ?", Integer.class,
				round)).isZero();

		HttpResponse<String> answered = person.postForm(link, menteeAnswers("8"));
		assertThat(answered.statusCode()).isEqualTo(200);
		assertThat(answered.body()).contains("Спасибо! Ваши ответы записаны.");
		assertThat(person.postForm(link, menteeAnswers("2")).statusCode()).isEqualTo(410);
		assertThat(jdbc.queryForMap("select count(*) as scores, sum(score) as total from feedback_answer_score s"
				+ " join feedback_answer a on a.id = s.answer_id where a.round_id = ?", round))
			.containsEntry("SCORES", 9L).containsEntry("TOTAL", 60L);

		// the programme's feedback page lists the round with who answered, never what
		HttpResponse<String> rounds = PageClient.signIn(port, "workgroup-school3", "demo")
			.get("/programmes/" + programme.getId() + "/feedback");
		assertThat(rounds.body()).contains("Удовлетворённость участием в программе наставничества (конец учебного года)",
				"Анкет выдано: 3, ответили: 1 (33 %)").doesNotContain("Разобрались с проектом");

		// the step closes from the figures; the record keeps them
		driver.submitTask(step, "director-school3", Map.of(FeedbackSteps.CONCLUSION,
				"Участники довольны, просят больше групповых встреч"));
		StepRecord record = driver.stepRecords(programme).stream()
			.filter(found -> found.getStep().equals(FeedbackSteps.SATISFACTION)).findFirst().orElseThrow();
		assertThat(record.isHeld()).isTrue();
		assertThat(record.getMaterials()).contains("Анкет выдано: 3, ответили: 1 (33 %).",
				"Наставляемые (ответов: 1): средние не показываются: ответов меньше 5",
				"Выводы рабочей группы: Участники довольны").doesNotContain("8,0");
		// the unanswered links are spent with the round
		assertThat(person.get(FeedbackDriver.link((String) asked.get(0).get("BODY"))).statusCode()).isIn(410, 404);

		// the monitoring shows the response rate, but one answer's scores would be a person's: hidden
		HttpResponse<String> monitoring = PageClient.signIn(port, "director-school3", "demo")
			.get("/programmes/" + programme.getId() + "/monitoring");
		assertThat(monitoring.body()).contains("Удовлетворённость участием в программе",
				"Анкет выдано: 3, ответили: 1 (33 %).", "Ответов меньше 5 — оценки не показываются",
				"наставляемые (1)").doesNotContain("8,0");
	}

	@Test
	void shouldLetAMentorWithALoginAnswerTheirOwnQuestionsInTasklist() throws Exception {
		Programme programme = feedback.programmeAtSatisfaction();
		school.teacherWithLogin(LOGIN, "Денис", "Соколов");
		Long mentor = jdbc.queryForObject("select p.id from participant p join person s on s.id = p.person_id where"
				+ " p.programme_id = ? and s.full_name = 'Соколов Денис Игоревич'", Long.class, programme.getId());
		api.body(api.call("curator-school3", HttpMethod.PUT, "/api/participants/" + mentor + "/login",
				"{\"login\":\"" + LOGIN + "\"}"), HttpStatus.OK);
		feedback.openRound(programme, FeedbackSteps.SATISFACTION);

		Task task = taskService.createTaskQuery().processDefinitionKey(FeedbackAnswerProcess.KEY).taskAssignee(LOGIN)
			.processVariableValueEquals("programmeId", programme.getId()).singleResult();
		assertThat(task.getName()).isEqualTo("Ответить на анкету удовлетворённости участием в программе")
			.isEqualTo(Questionnaire.SATISFACTION.taskName());
		assertThat(task.getTaskDefinitionKey()).isEqualTo(FeedbackAnswerProcess.ANSWER_SATISFACTION);
		// the form shows the mentor's questions: the role decides which are hidden
		assertThat(taskForms.shown(task.getId())).containsEntry(FeedbackAnswerProcess.RESPONDENT_ROLE, "MENTOR");
		assertThat(String.valueOf(taskForms.shown(task.getId()).get(FeedbackAnswerProcess.INTRO)))
			.contains("как вам было в ней", "— наставник");

		Map<String, Object> answers = new HashMap<>(Map.of("effectiveness", 9L, "comfort", 9L,
				"personalMeetings", 10L, "groupMeetings", 6L, "expectations", 8L, "usefulToMentee", 9L, "planDone", 7L,
				"recommend", "1", "continueAsMentor", "1"));
		// a mentor's question left out is refused in Russian, nothing written
		assertThatThrownBy(() -> driver.submitTask(task, LOGIN, answers))
			.hasMessageContaining("Поставьте оценку от 1 до 10: «Насколько достаточной была поддержка куратора");
		answers.put("curatorSupport", 8L);
		assertThatThrownBy(() -> driver.submitTask(task, "admin", answers))
			.hasMessageContaining("эта анкета адресована не вам");
		assertThat(jdbc.queryForObject("select count(*) from feedback_answer a join feedback_request r on r.id ="
				+ " a.request_id where r.participant_id = ?", Integer.class, mentor)).isZero();

		driver.submitTask(task, LOGIN, answers);
		assertThat(jdbc.queryForMap("select a.answered_via, (select score from feedback_answer_score s where"
				+ " s.answer_id = a.id and s.question = 'continueAsMentor') as continue_as_mentor from feedback_answer a"
				+ " join feedback_request r on r.id = a.request_id where r.participant_id = ?", mentor))
			.containsEntry("ANSWERED_VIA", "TASKLIST").containsEntry("CONTINUE_AS_MENTOR", 1);
		assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
			.singleResult().getEndActivityId()).isEqualTo("satisfactionAnswered");
	}

	@Test
	void shouldDrawTheSatisfactionOfFiveAnswersOrMoreInTheReport() throws Exception {
		Programme programme = feedback.programmeAtSatisfaction();
		feedback.openRound(programme, FeedbackSteps.SATISFACTION);
		Long round = feedback.roundId(programme, FeedbackSteps.SATISFACTION);
		// a larger school's answers: six mentees and five mentors (anonymous rows, as after revoked consents)
		for (int i = 0; i < 11; i++) {
			String role = i < 6 ? "MENTEE" : "MENTOR";
			jdbc.update("insert into feedback_request (round_id, organisation_id, respondent_role, token_hash,"
					+ " expires_at, answered_at) values (?, ?, ?, ?, current_timestamp, current_timestamp)", round,
					programme.getOrganisation().getId(), role, "satisfaction-fixture-" + round + "-" + i);
			Long request = jdbc.queryForObject("select id from feedback_request where token_hash = ?", Long.class,
					"satisfaction-fixture-" + round + "-" + i);
			jdbc.update("insert into feedback_answer (round_id, request_id, respondent_role, answered_at, answered_via)"
					+ " values (?, ?, ?, current_timestamp, 'PAPER')", round, request, role);
			Long answer = jdbc.queryForObject("select id from feedback_answer where request_id = ?", Long.class,
					request);
			for (var question : Questionnaire.SATISFACTION.questions(RespondentRole.valueOf(role))) {
				int score = question.scale().yesNo() ? i % 2 : 6 + i % 5;
				jdbc.update("insert into feedback_answer_score (answer_id, question, score) values (?, ?, ?)", answer,
						question.code(), score);
			}
		}
		PageClient director = PageClient.signIn(port, "director-school3", "demo");
		String page = "/programmes/" + programme.getId() + "/monitoring";
		// while the answers come in, the monitoring shows no means: a change would tell the latest answer
		assertThat(director.get(page).body()).contains("Сбор ответов идёт", "Средние оценки появятся")
			.doesNotContain("Поддержка куратора");
		driver.submitTask(driver.task(programme, FeedbackSteps.SATISFACTION), "director-school3", Map.of());
		assertThat(driver.stepRecords(programme).stream().filter(found -> found.getStep().equals(
				FeedbackSteps.SATISFACTION)).findFirst().orElseThrow().getMaterials()).contains(
						"Наставляемые (ответов: 6): средние оценки из 10: эффективность программы — ",
						"; ответили «да»: рекомендовали бы программу — 50 %",
						"Наставники (ответов: 5): средние оценки из 10:");
		assertThat(director.get(page).body()).contains("Эффективность программы", "Поддержка куратора",
				"не спрашивали", "Рекомендовали бы программу", "50 %", "40 %");

		HttpResponse<byte[]> pdf = director.getBytes(page + "/report.pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		PrintedPdf printed = PrintedPdf.read(pdf.body());
		assertThat(printed.text()).contains("Удовлетворённость участием в программе", "Наставляемые Наставники",
				"Эффективность программы", "Распределение оценок эффективности программы по ролям");

		HttpResponse<byte[]> xlsx = director.getBytes(page + "/report.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			XSSFSheet distribution = workbook.getSheet("Эффективность программы");
			assertThat(distribution).isNotNull();
			// the title, a blank row, the header, then the scores 1..10: the mentees' 6 answers spread over 6..10
			int mentees = 0;
			for (int row = 3; row <= 12; row++) {
				mentees += (int) distribution.getRow(row).getCell(1).getNumericCellValue();
			}
			assertThat(mentees).isEqualTo(6);
			assertThat(distribution.getDrawingPatriarch().getCharts()).hasSize(1);
			assertThat(workbook.getSheet("Удовлетворённость").getRow(3).getCell(0).getStringCellValue())
				.isEqualTo("Эффективность программы");
		}
	}
}
