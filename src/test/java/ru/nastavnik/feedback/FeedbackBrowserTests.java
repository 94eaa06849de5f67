package ru.nastavnik.feedback;

import static org.assertj.core.api.Assertions.assertThat;

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

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
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
				+ " a.request_id where r.round_id = ? and a.pair_work = 5 and a.regularity = 4 and a.what_worked like"
				+ " 'Сын стал увереннее%'", Integer.class, feedback.roundId(programme))).isEqualTo(1);
	}
}
