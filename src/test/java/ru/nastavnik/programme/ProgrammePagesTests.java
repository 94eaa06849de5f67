package ru.nastavnik.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.PageClient;

/**
 * The programme pages of the workspace, as a person in a browser reads them, and the same answers as the API gives the
 * same person: the organisation's programmes only, another organisation's programme as a missing one, the plan's
 * dates changed by the roles that may, and refused with the same Russian reason on the page as through the API.
 */
@NastavnikTest
class ProgrammePagesTests {

	@LocalServerPort
	int port;

	@Autowired
	StageOneDriver driver;

	@Autowired
	RoadmapPlan plan;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcTemplate jdbc;

	private Long demoProgramme(String tenant) {
		return jdbc.queryForObject("select p.id from programme p join organisation o on o.id = p.organisation_id"
				+ " where o.tenant_id = ? order by p.id fetch first 1 rows only", Long.class, tenant);
	}

	@Test
	void shouldListTheOrganisationsProgrammesWithWhereEachStands() {
		PageClient curator = PageClient.signIn(port, "curator-school3", "demo");
		HttpResponse<String> list = curator.get("/programmes");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("Программы наставничества", "МБОУ СШ №3 г. Лысково",
				"Выполнено", "Просрочено шагов").doesNotContain("МБДОУ");

		Long id = demoProgramme("school3");
		HttpResponse<String> page = curator.get("/programmes/" + id);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Где программа сейчас", "План (дорожная карта)",
				"Перенести срок шага", "Изменения сроков",
				"/api/programmes/" + id + "/roadmap.pdf");

		// the documents the page links to open in the same session: no second login
		HttpResponse<String> roadmap = curator.get("/api/programmes/" + id + "/roadmap.pdf");
		assertThat(roadmap.statusCode()).isEqualTo(200);
		assertThat(roadmap.headers().firstValue("Content-Type")).hasValue("application/pdf");
	}

	@Test
	void shouldAnswerAnotherOrganisationsProgrammeAsAMissingOneOnThePageAndThroughTheApi() {
		Long kindergarten = demoProgramme("kindergarten");
		HttpResponse<String> page = PageClient.signIn(port, "curator-school3", "demo").get("/programmes/" + kindergarten);
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Не найдено", "Программа наставничества " + kindergarten + " не найдена");
		ResponseEntity<String> api = rest.withBasicAuth("curator-school3", "demo")
			.getForEntity("/api/programmes/" + kindergarten, String.class);
		assertThat(api.getStatusCode().value()).isEqualTo(404);
		assertThat(api.getBody()).contains("Программа наставничества " + kindergarten + " не найдена");
	}

	@Test
	void shouldChangeAStepsDateFromThePageAndRefuseAsTheApiDoes() {
		Programme programme = driver.startSchoolProgramme();
		int year = programme.getStartsOn().getYear();
		String path = "/programmes/" + programme.getId();
		PageClient curator = PageClient.signIn(port, "curator-school3", "demo");
		curator.get(path);

		HttpResponse<String> noReason = curator.postForm(path + "/plan/changes",
				Map.of("step", ProgrammeProcess.APPOINT_CURATOR, "dueOn", year + "-06-10", "reason", ""));
		assertThat(noReason.statusCode()).isEqualTo(422);
		assertThat(noReason.body()).contains("Причина изменения — от 5 до 1000 символов", "Перенести срок шага");

		HttpResponse<String> changed = curator.postForm(path + "/plan/changes",
				Map.of("step", ProgrammeProcess.APPOINT_CURATOR, "dueOn", year + "-06-10",
						"reason", "Директор в отпуске до июня"));
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(plan.step(programme.getId(), ProgrammeProcess.APPOINT_CURATOR).getDueOn())
			.isEqualTo(LocalDate.of(year, 6, 10));
		HttpResponse<String> after = curator.get(path);
		assertThat(after.body()).contains("Срок шага изменён", "Директор в отпуске до июня",
				"изменён сразу: дорожная карта ещё не утверждена", "10.06." + year);

		// the psychologist reads the programme but may not change its plan: no form, and the same refusal as the API's
		PageClient psychologist = PageClient.signIn(port, "psychologist-school3", "demo");
		HttpResponse<String> read = psychologist.get(path);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.body()).doesNotContain("Перенести срок шага");
		HttpResponse<String> refused = psychologist.postForm(path + "/plan/changes",
				Map.of("step", ProgrammeProcess.APPOINT_CURATOR, "dueOn", year + "-06-20", "reason", "Хочу другой срок"));
		assertThat(refused.statusCode()).isEqualTo(403);
		String rule = "Менять сроки плана могут рабочая группа, куратор и руководитель организации";
		assertThat(refused.body()).contains(rule);
		HttpHeaders json = new HttpHeaders();
		json.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<String> api = rest.withBasicAuth("psychologist-school3", "demo").exchange(
				"/api/programmes/" + programme.getId() + "/plan/" + ProgrammeProcess.APPOINT_CURATOR + "/changes",
				HttpMethod.POST, new HttpEntity<>("{\"dueOn\":\"" + year + "-06-20\",\"reason\":\"Хочу другой срок\"}", json),
				String.class);
		assertThat(api.getStatusCode().value()).isEqualTo(403);
		assertThat(api.getBody()).contains(rule);
	}

	@Test
	void shouldRefuseAChangeThroughTheApiWithTheBrowserSessionButNoCsrfToken() {
		Programme programme = driver.startSchoolProgramme();
		PageClient curator = PageClient.signIn(port, "curator-school3", "demo");
		HttpResponse<String> forged = curator.postWebappApi("/api/programmes/" + programme.getId() + "/plan/"
				+ ProgrammeProcess.APPOINT_CURATOR + "/changes", "{\"dueOn\":\"2099-06-10\",\"reason\":\"подделка запроса\"}");
		assertThat(forged.statusCode()).isEqualTo(403);
	}

	@Test
	void shouldListEveryVersionOfTheProgrammesDocumentsWithWhoDecidedWhat() {
		Programme programme = driver.startSchoolProgramme();
		driver.appointCurator(programme);
		driver.draft(programme, DocumentKind.REGULATION, "П-12/1");
		driver.returnForRework(programme, DocumentKind.REGULATION, "Добавьте порядок поощрения наставников");
		driver.draft(programme, DocumentKind.REGULATION, "П-12/2");
		driver.approve(programme, DocumentKind.REGULATION);

		PageClient curator = PageClient.signIn(port, "curator-school3", "demo");
		HttpResponse<String> page = curator.get("/programmes/" + programme.getId() + "/documents");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Документы программы", "П-12/1, версия 1", "П-12/2, версия 2",
				"возвращено на доработку: director-school3", "«Добавьте порядок поощрения наставников»",
				"утверждено: director-school3", "Ольга Смирнова, ");
		// the page of another organisation's curator: a missing programme
		assertThat(PageClient.signIn(port, "curator-kindergarten", "demo")
			.get("/programmes/" + programme.getId() + "/documents").statusCode()).isEqualTo(404);
	}
}
