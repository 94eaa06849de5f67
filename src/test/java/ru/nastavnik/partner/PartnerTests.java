package ru.nastavnik.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.ApiCalls;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.PageClient;
import ru.nastavnik.WebBrowser;

/**
 * The organisation's partners: the demo school's are listed; the curator adds, changes and removes one on the page,
 * bad input refused in Russian with nothing kept; the working group reads, the psychologist does not; another
 * organisation neither sees nor changes them, on the page or through the API (problem JSON).
 */
@NastavnikTest
class PartnerTests {

	@LocalServerPort
	int port;

	@Autowired
	ApiCalls api;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void cleanUp() {
		jdbc.update("delete from partner where name like 'Тестовый партнёр%'");
	}

	private Long schoolPartner() {
		return jdbc.queryForObject("select min(p.id) from partner p join organisation o on o.id = p.organisation_id"
				+ " where o.tenant_id = 'school3'", Long.class);
	}

	@Test
	void shouldKeepTheOrganisationsPartnersOnThePageForItsOwnPeopleOnly() {
		PageClient curator = PageClient.signIn(port, "curator-school3", "demo");
		HttpResponse<String> list = curator.get("/partners");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("Партнёры организации", "Детский технопарк «Кванториум» г. Лысково",
				"колледж, техникум", "Добавить партнёра").doesNotContain("Белозерская сельская библиотека");

		// nothing filled, a kind that is not one, a broken address: every problem at once, nothing kept
		int before = jdbc.queryForObject("select count(*) from partner", Integer.class);
		HttpResponse<String> wrong = curator.postForm("/partners", Map.of("name", " ", "kind", "ZOO", "email",
				"почта"));
		assertThat(wrong.statusCode()).isEqualTo(422);
		assertThat(wrong.body()).contains("Заполните поле «Название»", "Вид партнёра «ZOO» неизвестен",
				"Электронная почта указана с ошибкой");
		assertThat(jdbc.queryForObject("select count(*) from partner", Integer.class)).isEqualTo(before);

		HttpResponse<String> added = curator.postForm("/partners", Map.of("name", "Тестовый партнёр — ИП Орлов",
				"kind", "ENTERPRISE", "email", "orlov@example.ru", "phone", "+7 900 000-00-00"));
		assertThat(added.statusCode()).isEqualTo(302);
		Long id = jdbc.queryForObject("select id from partner where name = 'Тестовый партнёр — ИП Орлов'", Long.class);
		assertThat(curator.get("/partners").body()).contains("Партнёр «Тестовый партнёр — ИП Орлов» добавлен",
				"orlov@example.ru", "+7 900 000-00-00");
		HttpResponse<String> twice = curator.postForm("/partners", Map.of("name", "тестовый партнёр — ип орлов",
				"kind", "OTHER"));
		assertThat(twice.statusCode()).isEqualTo(422);
		assertThat(twice.body()).contains("уже есть в списке организации");

		assertThat(curator.postForm("/partners/" + id, Map.of("name", "Тестовый партнёр — ИП Орлов А. В.", "kind",
				"ENTERPRISE", "contactPerson", "Орлов Алексей Викторович")).statusCode()).isEqualTo(302);
		assertThat(jdbc.queryForMap("select name, contact_person, email, updated_by from partner where id = ?", id))
			.containsEntry("NAME", "Тестовый партнёр — ИП Орлов А. В.")
			.containsEntry("CONTACT_PERSON", "Орлов Алексей Викторович").containsEntry("EMAIL", null)
			.containsEntry("UPDATED_BY", "curator-school3");

		// the working group reads but does not keep; the psychologist does not see; another organisation: missing
		PageClient workgroup = PageClient.signIn(port, "workgroup-school3", "demo");
		assertThat(workgroup.get("/partners/" + id).body()).contains("Орлов Алексей Викторович")
			.doesNotContain("Сохранить");
		assertThat(workgroup.postForm("/partners/" + id + "/removal", Map.of()).statusCode()).isEqualTo(403);
		assertThat(PageClient.signIn(port, "psychologist-school3", "demo").get("/partners").statusCode())
			.isEqualTo(403);
		PageClient kindergarten = PageClient.signIn(port, "curator-kindergarten", "demo");
		assertThat(kindergarten.get("/partners/" + id).statusCode()).isEqualTo(404);
		assertThat(kindergarten.get("/partners").body()).contains("Белозерская сельская библиотека")
			.doesNotContain("Кванториум");
		assertThat(kindergarten.postForm("/partners/" + id + "/removal", Map.of()).statusCode()).isEqualTo(404);

		assertThat(curator.postForm("/partners/" + id + "/removal", Map.of()).statusCode()).isEqualTo(302);
		assertThat(jdbc.queryForObject("select count(*) from partner where id = ?", Integer.class, id)).isZero();
	}

	@Test
	void shouldAnswerClientsWithProblemJsonAndOnlyTheirOrganisationsPartners() throws Exception {
		JsonNode school = api.body(api.call("director-school3", HttpMethod.GET, "/api/partners", null), HttpStatus.OK);
		assertThat(school).isNotEmpty();
		school.forEach(partner -> assertThat(partner.get("name").asText()).doesNotContain("Белозерская"));

		JsonNode refused = api.problem(api.call("director-school3", HttpMethod.POST, "/api/partners",
				"{\"name\":\"\",\"kind\":\"UNIVERSITY\",\"phone\":\"abc\"}"), HttpStatus.BAD_REQUEST);
		assertThat(refused.get("detail").asText()).contains("Заполните поле «Название»",
				"Телефон: только цифры, пробелы, скобки, дефисы и «+»");
		JsonNode created = api.body(api.call("director-school3", HttpMethod.POST, "/api/partners",
				"{\"name\":\"Тестовый партнёр — ННГУ\",\"kind\":\"UNIVERSITY\"}"), HttpStatus.CREATED);
		assertThat(created.get("kindTitle").asText()).isEqualTo("вуз");
		long id = created.get("id").asLong();

		api.problem(api.call("curator-kindergarten", HttpMethod.PUT, "/api/partners/" + id,
				"{\"name\":\"Чужой\",\"kind\":\"OTHER\"}"), HttpStatus.NOT_FOUND);
		api.problem(api.call("curator-kindergarten", HttpMethod.GET, "/api/partners/" + schoolPartner(), null),
				HttpStatus.NOT_FOUND);
		api.problem(api.call("workgroup-school3", HttpMethod.DELETE, "/api/partners/" + id, null),
				HttpStatus.FORBIDDEN);
		assertThat(api.call("director-school3", HttpMethod.DELETE, "/api/partners/" + id, null).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
	}

	@Test
	void shouldLetTheDirectorAddAPartnerInTheBrowser() {
		try (WebBrowser web = new WebBrowser()) {
			web.signIn("http://localhost:" + port + "/partners", "director-school3", "h1");
			web.driver.findElement(By.id("name")).sendKeys("Тестовый партнёр — районный Дом культуры");
			new Select(web.driver.findElement(By.id("kind"))).selectByVisibleText(
					"учреждение культуры, спорта, дополнительного образования");
			web.driver.findElement(By.id("email")).sendKeys("dk@lyskovo-kultura.ru");
			web.click(web.driver.findElement(By.cssSelector("form.form button.primary")));
			web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
					"Партнёр «Тестовый партнёр — районный Дом культуры» добавлен"));
			web.screenshot("partners.png");
		}
	}
}
