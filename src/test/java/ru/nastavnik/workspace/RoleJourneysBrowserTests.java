package ru.nastavnik.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.PageClient;
import ru.nastavnik.WebBrowser;

/**
 * Two journeys through the real login page on the demo school as it stands in December: the auditor reads the
 * programme, its documents and the erasure acts and is offered nothing to change (and a change sent anyway is
 * refused); the kindergarten's curator finds none of the school's pages — each answers «не найдено», as if it did
 * not exist.
 */
@NastavnikTest
class RoleJourneysBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private long schoolProgramme() {
		return jdbc.queryForObject("select p.id from programme p join organisation o on o.id = p.organisation_id"
				+ " where o.tenant_id = 'school3' and p.academic_year = '2026/2027'", Long.class);
	}

	private long schoolParticipant() {
		return jdbc.queryForObject("select min(id) from participant where programme_id = ?", Long.class,
				schoolProgramme());
	}

	/** The page's main text, read again if the page was replaced while it was read (a redirect still landing). */
	private String main(WebBrowser web) {
		return web.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(driver -> driver.findElement(By.tagName("main")).getText());
	}

	@Test
	void shouldLetTheAuditorReadTheProgrammeAndItsDocumentsAndChangeNothing() {
		long programme = schoolProgramme();
		try (WebBrowser web = new WebBrowser()) {
			web.signIn(url("/programmes"), "auditor", "h1");
			assertThat(main(web)).contains("Программы наставничества", "МБОУ СШ №3 г. Лысково");
			web.driver.get(url("/programmes/" + programme));
			web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "2026/2027"));
			assertThat(main(web)).contains("МБОУ СШ №3 г. Лысково", "План (дорожная карта)",
					"Этап VI. Работа наставнических пар и групп");
			// nothing to change: no form to propose a date, no link to the participants' personal records
			assertThat(web.driver.findElements(By.cssSelector("main form"))).isEmpty();
			assertThat(web.driver.findElements(By.partialLinkText("Участники"))).isEmpty();
			web.screenshot("auditor-programme.png");

			web.driver.get(url("/programmes/" + programme + "/documents"));
			web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Документы"));
			assertThat(main(web)).contains("Положение о наставничестве", "утверждено: director-school3",
					"Приказ «");
			web.screenshot("auditor-documents.png");

			web.driver.get(url("/erasure-acts"));
			web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Акты"));
			assertThat(web.driver.findElements(By.cssSelector("main form"))).isEmpty();

			// personal records are not the auditor's to read: the page says so in Russian
			web.driver.get(url("/programmes/" + programme + "/participants"));
			web.wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
			assertThat(main(web)).contains("Вашей роли недоступны персональные данные участников программы");
		}
		// a change sent anyway, with a valid session and CSRF token, is refused and writes nothing
		PageClient auditor = PageClient.signIn(port, "auditor", "demo");
		auditor.get("/programmes/" + programme);
		int changes = jdbc.queryForObject("select count(*) from plan_change where programme_id = ?", Integer.class,
				programme);
		HttpResponse<String> refused = auditor.postForm("/programmes/" + programme + "/plan/changes",
				Map.of("step", "holdRegularMeetings", "dueOn", "2027-05-20", "reason",
						"Перенос из-за карантина в школе"));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(jdbc.queryForObject("select count(*) from plan_change where programme_id = ?", Integer.class,
				programme)).isEqualTo(changes);
	}

	@Test
	void shouldShowAnotherOrganisationsCuratorNoneOfTheSchool() {
		long programme = schoolProgramme();
		long participant = schoolParticipant();
		try (WebBrowser web = new WebBrowser()) {
			web.signIn(url("/programmes"), "curator-kindergarten", "h1");
			assertThat(main(web)).contains("МАДОУ «Белоевский детский сад»").doesNotContain("МБОУ СШ №3");
			for (String path : List.of("/programmes/" + programme, "/programmes/" + programme + "/documents",
					"/programmes/" + programme + "/participants", "/participants/" + participant)) {
				web.driver.get(url(path));
				web.wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
				assertThat(main(web)).as(path).contains("не найден").doesNotContain("МБОУ СШ №3");
			}
			web.screenshot("other-organisation-not-found.png");
		}
		PageClient curator = PageClient.signIn(port, "curator-kindergarten", "demo");
		for (String path : List.of("/programmes/" + programme, "/participants/" + participant,
				"/api/participants/" + participant)) {
			assertThat(curator.get(path).statusCode()).as(path).isEqualTo(404);
		}
	}

	/**
	 * The kindergarten's working group in December: its Tasklist holds the demo year's open steps, each labelled with
	 * its programme, times in Moscow time as the kindergarten's computers keep.
	 */
	@Test
	void shouldShowTheWorkingGroupItsProgrammesTasksInTasklist() {
		try (WebBrowser web = new WebBrowser()) {
			web.signIn(url("/camunda/app/tasklist/default/"), "methodist-kindergarten", ".task-filters, .filters");
			web.click(web.wait.until(ExpectedConditions.elementToBeClickable(
					By.xpath("//*[contains(text(), 'Задачи моей группы')]"))));
			web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("ol.tasks-list"),
					"МАДОУ «Белоевский детский сад» · 2026/2027"));
			assertThat(web.driver.findElement(By.tagName("body")).getText()).contains("Europe/Moscow")
				.doesNotContain("Camunda 8");
			web.screenshot("tasklist-list.png");
		}
	}
}
