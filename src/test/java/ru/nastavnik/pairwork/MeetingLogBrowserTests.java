package ru.nastavnik.pairwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.WebBrowser;

/**
 * The working group records a pair's meeting in a real browser: from the programme's page to the pairs' log, to the
 * pair, the form filled with the keyboard's fields, the meeting in the log. Screenshots for the user guide.
 */
@NastavnikTest
class MeetingLogBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	@Test
	void shouldLetTheWorkingGroupRecordAPairsMeeting() {
		long programme = jdbc.queryForObject("select p.id from programme p join organisation o"
				+ " on o.id = p.organisation_id where o.tenant_id = 'school3' and p.academic_year = '2026/2027'",
				Long.class);
		long pair = jdbc.queryForList("select id from mentoring_pair where programme_id = ? and status = 'ACTIVE'"
				+ " order by id", Long.class, programme).get(4);
		try (WebBrowser web = new WebBrowser()) {
			web.signIn(url("/programmes/" + programme), "workgroup-school3", "h1");
			web.click(web.driver.findElement(By.linkText("Журнал встреч пар")));
			web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Журнал встреч пар"));
			web.click(web.driver.findElement(By.cssSelector("main a[href='/pairs/" + pair + "/meetings']")));
			web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Пара № " + pair));

			String day = LocalDate.now(ZoneId.of("Europe/Moscow")).minusDays(2).toString();
			((JavascriptExecutor) web.driver).executeScript("arguments[0].value = arguments[1];",
					web.driver.findElement(By.id("heldOn")), day);
			web.driver.findElement(By.id("durationMinutes")).clear();
			web.driver.findElement(By.id("durationMinutes")).sendKeys("60");
			new Select(web.driver.findElement(By.id("format"))).selectByVisibleText("онлайн");
			web.driver.findElement(By.id("topic")).sendKeys("Выбор профиля 10 класса");
			web.driver.findElement(By.id("done")).sendKeys("Обсудили инженерный и гуманитарный профили, составили "
					+ "вопросы к дню открытых дверей колледжа");
			web.driver.findElement(By.id("nextSteps")).sendKeys("Сходить на день открытых дверей 14 декабря");
			web.click(web.driver.findElement(By.xpath("//button[contains(., 'Записать встречу')]")));
			web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "записана в журнал"));
			assertThat(web.driver.findElement(By.tagName("main")).getText()).contains("Выбор профиля 10 класса",
					"онлайн", "60", "Андрей Попов");
			web.screenshot("pair-meetings.png");

			web.click(web.driver.findElement(By.linkText("Индивидуальный план")));
			web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
					"Индивидуальный план, версия"));
			web.screenshot("pair-plan.png");

			web.driver.get(url("/programmes/" + programme + "/pairs"));
			web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Журнал встреч пар"));
			web.screenshot("pairs-meeting-log.png");
		}
	}
}
