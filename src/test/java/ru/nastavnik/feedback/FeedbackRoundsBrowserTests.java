package ru.nastavnik.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.WebBrowser;

/**
 * The demo school's own pages of its year, in Chromium as its working group reads them: the feedback rounds (who
 * answered and how, never what) and the monitoring of the participants' growth, both reached from the programme's
 * page. Screenshots for the user guide.
 */
@NastavnikTest
class FeedbackRoundsBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	@Test
	void shouldShowTheDemoSchoolsFeedbackAndMonitoringFromItsProgrammePage() {
		long programme = jdbc.queryForObject("select p.id from programme p join organisation o on o.id ="
				+ " p.organisation_id where o.tenant_id = 'school3' and p.academic_year = '2026/2027'", Long.class);
		try (WebBrowser web = new WebBrowser()) {
			web.signIn(url("/programmes/" + programme), "workgroup-school3", "h1");
			web.click(web.wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Обратная связь пар"))));
			web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Обратная связь пар"));
			String rounds = web.driver.findElement(By.tagName("main")).getText();
			assertThat(rounds).contains("Обратная связь за ноябрь", "Сбор завершён", "на бумаге", "ссылка по почте")
				.doesNotContain("ввести ответы с бумажной анкеты");
			web.screenshot("feedback-rounds.png");

			web.driver.get(url("/programmes/" + programme));
			web.click(web.wait.until(ExpectedConditions.elementToBeClickable(
					By.linkText("Мониторинг программы"))));
			web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Мониторинг"));
			// December: everyone was evaluated at the start, the second evaluation is in May
			assertThat(web.driver.findElement(By.tagName("main")).getText())
				.contains("Вторая оценка ещё не проводилась", "Ждут второй оценки", "нет пар оценок");
		}
	}
}
