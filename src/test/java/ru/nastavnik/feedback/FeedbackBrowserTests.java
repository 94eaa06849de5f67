package ru.nastavnik.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.WebBrowser;
import ru.nastavnik.programme.Programme;

/**
 * A participant's legal representative answers the questionnaire in a real browser from the link in the mail, without
 * a login: the scales with the keyboard's radio buttons, the open questions, the thank-you page; the link then
 * refuses. The screenshot is the user guide's.
 */
@NastavnikTest
class FeedbackBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	FeedbackDriver feedback;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ru.nastavnik.pairwork.DemoSchool school;

	@Autowired
	ru.nastavnik.ApiCalls api;

	@Autowired
	org.camunda.bpm.engine.TaskService taskService;

	static final String LOGIN = "mentor-feedback-browser";

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
		school.removeLogin(LOGIN);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	@Test
	void shouldAnswerTheQuestionnaireFromTheLinkInABrowser() {
		Programme programme = feedback.programmeAtNovemberFeedback();
		feedback.openRound(programme);
		String link = jdbc.queryForList("select m.body from feedback_request r join outbox_message m on m.id ="
				+ " r.outbox_message_id where r.round_id = ? and r.respondent_role = 'MENTEE' order by r.id",
				String.class, feedback.roundId(programme)).stream().map(FeedbackDriver::link).findFirst().orElseThrow();
		try (WebBrowser web = new WebBrowser()) {
			web.driver.get(url(link));
			web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"),
					"Обратная связь о работе пары"));
			assertThat(web.driver.findElement(By.tagName("main")).getText()).contains("наставляемый",
					"Насколько вы довольны отношениями с наставником?");
			for (String scale : new String[] { "pairWork-5", "regularity-4", "usefulness-5", "relationship-5" }) {
				web.click(web.driver.findElement(By.id(scale)));
			}
			web.driver.findElement(By.id("whatWorked")).sendKeys("Сын стал увереннее решать олимпиадные задачи, "
					+ "ждёт каждой встречи");
			web.driver.findElement(By.id("whatToChange")).sendKeys("Встречаться не в пятницу после седьмого урока");
			((org.openqa.selenium.JavascriptExecutor) web.driver).executeScript("window.scrollTo(0, 0);");
			web.screenshot("feedback-questionnaire.png");
			web.click(web.driver.findElement(By.xpath("//button[contains(., 'Отправить ответы')]")));
			web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
					"Спасибо! Ваши ответы записаны."));
			web.screenshot("feedback-thanks.png");

			web.driver.get(url(link));
			web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
					"По этой ссылке уже ответили"));
		}
		assertThat(jdbc.queryForObject("select count(*) from feedback_answer a join feedback_request r on r.id ="
				+ " a.request_id where r.round_id = ? and exists (select 1 from"
				+ " feedback_answer_score p where p.answer_id = a.id and p.question = 'pairWork' and p.score = 5) and"
				+ " exists (select 1 from feedback_answer_score g where g.answer_id = a.id and g.question = 'regularity'"
				+ " and g.score = 4) and a.what_worked like"
				+ " 'Сын стал увереннее%'", Integer.class, feedback.roundId(programme))).isEqualTo(1);
	}

	/**
	 * A mentor with a login answers in Tasklist: the task is theirs, its Russian form shows whose questionnaire it is
	 * and until when; the scales are radio buttons; «Завершить» records the answer once.
	 */
	@Test
	void shouldAnswerTheQuestionnaireInTasklist() throws Exception {
		Programme programme = feedback.programmeAtNovemberFeedback();
		Long mentor = mentorWithLogin(programme);
		feedback.openRound(programme);
		org.camunda.bpm.engine.task.Task task = answerTask(programme);

		String tasklist = url("/camunda/app/tasklist/default/");
		try (WebBrowser web = new WebBrowser()) {
			web.signIn(tasklist, LOGIN, ".task-filters, .filters");
			// «Мои задачи» holds the mentor's own questionnaire and nothing of anyone else
			web.click(web.wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
					"//*[contains(text(), 'Мои задачи')]"))));
			web.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.tasks-list li.task")));
			assertThat(web.driver.findElements(By.cssSelector("ol.tasks-list li.task a[href*='task=']")).stream()
				.map(link -> link.getAttribute("href"))
				.map(href -> href.substring(href.indexOf("task=") + 5).split("[&#]")[0]).distinct().toList())
				.containsExactly(task.getId());
			web.driver.get(tasklist + "#/?task=" + task.getId());
			org.openqa.selenium.WebElement form = web.wait.until(ExpectedConditions.visibilityOfElementLocated(
					By.cssSelector(".fjs-form")));
			web.wait.until(ExpectedConditions.textToBePresentInElement(form, "для участника пары"));
			assertThat(form.getText()).contains("Обратная связь о работе пары", "— наставник",
					"Насколько вы довольны работой вашей пары в целом?", "Что стоит изменить?");
			for (String[] scale : new String[][] { { "работой вашей пары", "5 — полностью" },
					{ "регулярность встреч", "4 — скорее да" }, { "полезна для вас", "5 — полностью" },
					{ "отношениями в паре", "4 — скорее да" } }) {
				web.click(form.findElement(By.xpath(".//div[contains(@class, 'fjs-form-field-radio')][.//label["
						+ "contains(., '" + scale[0] + "')]]//label[contains(., '" + scale[1] + "')]")));
			}
			org.openqa.selenium.WebElement worked = form.findElement(By.xpath(".//label[contains(., "
					+ "'Что получилось')]/following::textarea[1]"));
			worked.sendKeys("Ученик сам предложил тему проекта", org.openqa.selenium.Keys.TAB);
			web.screenshot("feedback-tasklist.png");
			web.click(web.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(
					"[ng-click='complete()']"))));
			web.wait.until(driver -> taskService.createTaskQuery().taskId(task.getId()).count() == 0);
		}
		assertThat(jdbc.queryForMap("select a.answered_via, "
				+ "(select score from feedback_answer_score s where s.answer_id = a.id and s.question = 'pairWork') as pair_work, "
				+ "(select score from feedback_answer_score s where s.answer_id = a.id and s.question = 'regularity') as regularity, "
				+ "a.what_worked from"
				+ " feedback_answer a join feedback_request r on r.id = a.request_id where r.participant_id = ?",
				mentor)).containsEntry("ANSWERED_VIA", "TASKLIST").containsEntry("PAIR_WORK", 5)
			.containsEntry("REGULARITY", 4).containsEntry("WHAT_WORKED", "Ученик сам предложил тему проекта");
	}

	/**
	 * The year-end satisfaction questionnaire in Tasklist: the mentor sees the shared questions and their own, not the
	 * mentee's; the scores are numbers from 1 to 10, the yes/no questions radio buttons; «Завершить» records it.
	 */
	@Test
	void shouldAnswerTheSatisfactionQuestionnaireWithTheMentorsOwnQuestionsInTasklist() throws Exception {
		Programme programme = feedback.programmeAtSatisfaction();
		Long mentor = mentorWithLogin(programme);
		feedback.openRound(programme, FeedbackSteps.SATISFACTION);
		org.camunda.bpm.engine.task.Task task = answerTask(programme);
		assertThat(task.getTaskDefinitionKey()).isEqualTo(FeedbackAnswerProcess.ANSWER_SATISFACTION);

		String tasklist = url("/camunda/app/tasklist/default/");
		try (WebBrowser web = new WebBrowser()) {
			web.signIn(tasklist, LOGIN, ".task-filters, .filters");
			web.driver.get(tasklist + "#/?task=" + task.getId());
			org.openqa.selenium.WebElement form = web.wait.until(ExpectedConditions.visibilityOfElementLocated(
					By.cssSelector(".fjs-form")));
			web.wait.until(ExpectedConditions.textToBePresentInElement(form, "как вам было в ней"));
			assertThat(form.getText()).contains("Удовлетворённость участием в программе наставничества",
					"Насколько эффективной была для вас программа наставничества?",
					"Насколько достаточной была поддержка куратора программы?",
					"Хотели бы вы продолжить работу наставником в следующем году?")
				.doesNotContain("Насколько вы ощущали поддержку наставника?", "сами стать наставником");
			List<org.openqa.selenium.WebElement> scores = form.findElements(By.cssSelector(
					".fjs-form-field-number input"));
			assertThat(scores).hasSize(8);
			for (int i = 0; i < scores.size(); i++) {
				scores.get(i).sendKeys(String.valueOf(7 + i % 4));
			}
			for (String question : new String[] { "Порекомендовали бы", "продолжить работу наставником" }) {
				web.click(form.findElement(By.xpath(".//div[contains(@class, 'fjs-form-field-radio')][.//label["
						+ "contains(., '" + question + "')]]//label[normalize-space(.)='да']")));
			}
			form.findElement(By.xpath(".//label[contains(., 'особенно ценным')]/following::textarea[1]"))
				.sendKeys("Ученик сам выбрал тему проекта и защитил его", org.openqa.selenium.Keys.TAB);
			web.screenshot("satisfaction-tasklist.png");
			web.click(web.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(
					"[ng-click='complete()']"))));
			web.wait.until(driver -> taskService.createTaskQuery().taskId(task.getId()).count() == 0);
		}
		assertThat(jdbc.queryForMap("select a.answered_via, count(s.question) as answered from feedback_answer a join"
				+ " feedback_request r on r.id = a.request_id join feedback_answer_score s on s.answer_id = a.id where"
				+ " r.participant_id = ? group by a.answered_via", mentor))
			.containsEntry("ANSWERED_VIA", "TASKLIST").containsEntry("ANSWERED", 10L);
	}

	/** Links the record of the programme's first mentor to a new login of «Наставники». */
	private Long mentorWithLogin(Programme programme) throws Exception {
		Long mentor = jdbc.queryForObject("select mentor_id from mentoring_pair where programme_id = ? and status in"
				+ " ('ACTIVE', 'COMPLETED') order by id limit 1", Long.class, programme.getId());
		school.teacherWithLogin(LOGIN, "Денис", "Соколов");
		api.body(api.call("curator-school3", org.springframework.http.HttpMethod.PUT, "/api/participants/" + mentor
				+ "/login", "{\"login\":\"" + LOGIN + "\"}"), org.springframework.http.HttpStatus.OK);
		return mentor;
	}

	private org.camunda.bpm.engine.task.Task answerTask(Programme programme) {
		return taskService.createTaskQuery().processDefinitionKey(FeedbackAnswerProcess.KEY).taskAssignee(LOGIN)
			.processVariableValueEquals("programmeId", programme.getId()).singleResult();
	}
}
