package ru.nastavnik.pairwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.ApiCalls;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.WebBrowser;

/**
 * A teacher who mentors, in a real browser: signs in with their own login, finds «Мои пары» on the start page, sees
 * their own pair only, records its meeting; another pair's log is «не найдена». Screenshot for the user guide.
 */
@NastavnikTest
class MentorOwnPairsBrowserTests {

	static final String LOGIN = "mentor-in-browser";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoSchool school;

	@Autowired
	IdentityService identityService;

	@Autowired
	ApiCalls api;

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	@AfterEach
	void takeTheLoginAway() {
		school.removeLogin(LOGIN);
	}

	@Test
	void shouldLetAStaffMentorRecordTheirOwnPairsMeetingAndNoOtherPair() throws Exception {
		long programme = jdbc.queryForObject("select p.id from programme p join organisation o"
				+ " on o.id = p.organisation_id where o.tenant_id = 'school3' and p.academic_year = '2026/2027'",
				Long.class);
		List<Long> active = jdbc.queryForList("select id from mentoring_pair where programme_id = ?"
				+ " and status = 'ACTIVE' order by id", Long.class, programme);
		long own = active.get(1);
		long other = active.get(0);
		Long mentor = jdbc.queryForObject("select mentor_id from mentoring_pair where id = ?", Long.class, own);
		school.teacherWithLogin(LOGIN, "Ирина", "Учительская");
		api.body(api.call("curator-school3", HttpMethod.PUT, "/api/participants/" + mentor + "/login",
				"{\"login\":\"" + LOGIN + "\"}"), HttpStatus.OK);
		List<Long> mentored = jdbc.queryForList("select id from mentoring_pair where mentor_id = ? and status = 'ACTIVE'"
				+ " order by id", Long.class, mentor);

		try (WebBrowser web = new WebBrowser()) {
			web.signIn(url("/"), LOGIN, "h1");
			web.click(web.driver.findElement(By.partialLinkText("Мои пары")));
			web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Мои пары"));
			List<String> listed = web.driver.findElements(By.cssSelector("main table tbody tr td:first-child a"))
				.stream().map(link -> link.getText()).toList();
			assertThat(listed).containsExactlyElementsOf(mentored.stream().map(String::valueOf).toList());
			web.screenshot("mentor-own-pairs.png");

			web.click(web.driver.findElement(By.cssSelector("main a[href='/pairs/" + own + "/meetings']")));
			web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Пара № " + own));
			((JavascriptExecutor) web.driver).executeScript("arguments[0].value = arguments[1];",
					web.driver.findElement(By.id("heldOn")),
					LocalDate.now(ZoneId.of("Europe/Moscow")).minusDays(1).toString());
			web.driver.findElement(By.id("topic")).sendKeys("Подготовка к школьной олимпиаде");
			web.driver.findElement(By.id("done")).sendKeys("Решили три задачи прошлого года, разобрали ошибки");
			web.click(web.driver.findElement(By.xpath("//button[contains(., 'Записать встречу')]")));
			web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "записана в журнал"));
			assertThat(web.driver.findElement(By.tagName("main")).getText())
				.contains("Подготовка к школьной олимпиаде", "Ирина Учительская");

			web.driver.get(url("/pairs/" + other + "/meetings"));
			web.wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
			assertThat(web.driver.findElement(By.tagName("main")).getText()).contains("не найдена")
				.doesNotContain("Записать встречу");
		}
	}
}
