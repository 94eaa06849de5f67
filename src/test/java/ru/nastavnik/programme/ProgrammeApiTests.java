package ru.nastavnik.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.organisation.Organisations;

/** The app's own REST API: starting programmes, reading plans, Russian problem JSON, the OpenAPI description. */
@NastavnikTest
class ProgrammeApiTests {

	@Autowired
	org.camunda.bpm.engine.IdentityService identityService;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Organisations organisations;

	@Autowired
	Programmes programmes;

	@Autowired
	StageOneDriver driver;

	private final ObjectMapper json = new ObjectMapper();

	private ResponseEntity<String> start(String login, String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return rest.withBasicAuth(login, "demo").exchange("/api/programmes", HttpMethod.POST,
				new HttpEntity<>(body, headers), String.class);
	}

	private long kindergarten() {
		return organisations.findByTenantId("kindergarten").orElseThrow().getId();
	}

	@Test
	void shouldStartAProgrammeWithItsPlanForTheDirector() throws Exception {
		ResponseEntity<String> created = start("director-kindergarten",
				"{\"organisationId\":" + kindergarten() + ",\"academicYear\":\"2050/2051\"}");

		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		JsonNode programme = json.readTree(created.getBody());
		assertThat(programme.get("statusTitle").asText()).isEqualTo("Этап I. Подготовка условий для запуска программы");
		assertThat(created.getHeaders().getLocation()).hasPath("/api/programmes/" + programme.get("id").asLong());
		JsonNode plan = json.readTree(rest.withBasicAuth("curator-kindergarten", "demo")
			.getForEntity("/api/programmes/" + programme.get("id").asLong() + "/plan", String.class).getBody());
		// a kindergarten's programme is for its teachers: the business rule leaves out the pupil and parent steps
		assertThat(programme.get("audience").asText()).isEqualTo("TEACHERS");
		assertThat(plan).hasSize(RoadmapStep.values().length - 3);
		assertThat(plan.findValuesAsText("step")).doesNotContain(ProgrammeProcess.INFORM_PARENTS,
				ProgrammeProcess.MEET_PUPILS);
		assertThat(plan.get(0).get("title").asText()).isEqualTo("Назначение куратора программы наставничества");
		assertThat(plan.get(plan.size() - 1).get("stage").asInt()).isEqualTo(7);
		assertThat(plan.get(0).get("dueOn").asText()).isEqualTo("2050-05-31");

		ResponseEntity<String> again = start("director-kindergarten",
				"{\"organisationId\":" + kindergarten() + ",\"academicYear\":\"2050/2051\"}");
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(json.readTree(again.getBody()).get("detail").asText())
			.isEqualTo("Программа наставничества на 2050/2051 учебный год в организации «МАДОУ «Белоевский детский сад»» уже запущена");
	}

	@Test
	void shouldAnswerBadInputWithRussianProblemJsonAndStartNothing() throws Exception {
		long before = programmes.findByOrganisationTenantIdInOrderByOrganisationNameAscAcademicYearDesc(
				java.util.List.of("kindergarten")).size();

		ResponseEntity<String> missing = start("director-kindergarten", "{\"academicYear\":\"2051-2052\"}");
		assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(missing.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		assertThat(json.readTree(missing.getBody()).get("detail").asText())
			.contains("Укажите организацию (organisationId)").contains("Учебный год указывается как «2026/2027»");

		ResponseEntity<String> notJson = start("director-kindergarten", "{organisationId:");
		assertThat(notJson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(json.readTree(notJson.getBody()).get("detail").asText())
			.isEqualTo("Тело запроса не является корректным JSON нужного вида");

		ResponseEntity<String> notConsecutive = start("director-kindergarten",
				"{\"organisationId\":" + kindergarten() + ",\"academicYear\":\"2051/2053\"}");
		assertThat(notConsecutive.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

		ResponseEntity<String> curator = start("curator-kindergarten",
				"{\"organisationId\":" + kindergarten() + ",\"academicYear\":\"2051/2052\"}");
		assertThat(curator.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(json.readTree(curator.getBody()).get("detail").asText())
			.contains("может руководитель организации или муниципальный куратор");

		ResponseEntity<String> otherOrganisation = start("director-school3",
				"{\"organisationId\":" + kindergarten() + ",\"academicYear\":\"2051/2052\"}");
		assertThat(otherOrganisation.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

		assertThat(programmes.findByOrganisationTenantIdInOrderByOrganisationNameAscAcademicYearDesc(
				java.util.List.of("kindergarten"))).hasSize((int) before);
	}

	@Test
	void shouldReportOverdueStepsAndTheShareOfThePlanDone() throws Exception {
		Programme programme = driver.startSchoolProgramme();
		try {
			int year = programme.getStartsOn().getYear();
			JsonNode fresh = json.readTree(rest.withBasicAuth("curator-school3", "demo")
				.getForEntity("/api/programmes/" + programme.getId(), String.class).getBody());
			assertThat(fresh.get("overdueSteps").asInt()).isZero();
			assertThat(fresh.get("stage").asText()).isEqualTo("Этап I. Подготовка условий для запуска программы");
			assertThat(fresh.get("percentDone").asInt()).isZero();

			ClockUtil.setCurrentTime(StageOneDriver.date(LocalDate.of(year, 6, 3)));
			JsonNode overdue = json.readTree(rest.withBasicAuth("curator-school3", "demo")
				.getForEntity("/api/programmes/" + programme.getId() + "/overdue", String.class).getBody());
			assertThat(overdue).hasSize(1);
			assertThat(overdue.get(0).get("step").asText()).isEqualTo(ProgrammeProcess.APPOINT_CURATOR);
			assertThat(overdue.get(0).get("title").asText()).isEqualTo("Назначить куратора программы");
			assertThat(overdue.get(0).get("dueOn").asText()).isEqualTo(year + "-05-31");
			assertThat(overdue.get(0).get("daysOverdue").asInt()).isEqualTo(3);

			driver.appointCurator(programme);
			JsonNode later = json.readTree(rest.withBasicAuth("municipal-curator", "demo")
				.getForEntity("/api/programmes", String.class).getBody());
			JsonNode listed = null;
			for (JsonNode candidate : later) {
				if (candidate.get("id").asLong() == programme.getId()) {
					listed = candidate;
				}
			}
			assertThat(listed).isNotNull();
			assertThat(listed.get("percentDone").asInt()).isEqualTo(100 / RoadmapStep.values().length);
			// the two drafts (due June 30) are not overdue on June 3
			assertThat(listed.get("overdueSteps").asInt()).isZero();
			assertThat(rest.withBasicAuth("curator-kindergarten", "demo")
				.getForEntity("/api/programmes/" + programme.getId() + "/overdue", String.class).getStatusCode())
				.isEqualTo(HttpStatus.NOT_FOUND);
		}
		finally {
			ClockUtil.reset();
		}
	}

	private ResponseEntity<String> list(String login, String query) {
		return rest.withBasicAuth(login, "demo").getForEntity("/api/programmes" + query, String.class);
	}

	@Test
	void shouldListByPagesWhatTheWholeListHoldsWithTheTotalInAHeader() throws Exception {
		driver.startSchoolProgramme();
		driver.startSchoolProgramme();
		ResponseEntity<String> whole = list("municipal-curator", "");
		assertThat(whole.getHeaders().containsKey("X-Total-Count")).isFalse();
		JsonNode all = json.readTree(whole.getBody());
		// the order of the list: by organisation name, the latest year first
		assertThat(all.findValuesAsText("id").stream().map(Long::valueOf).toList()).containsExactlyElementsOf(
				programmes.findByOrganisationTenantIdInOrderByOrganisationNameAscAcademicYearDesc(
						// every organisation of the municipality (the tests add some too)
						identityService.createTenantQuery().userMember("municipal-curator").list().stream()
							.map(tenant -> tenant.getId()).toList()).stream().map(Programme::getId).toList());
		assertThat(all.size()).isGreaterThan(4);

		java.util.List<JsonNode> paged = new java.util.ArrayList<>();
		for (int page = 0; page * 2 < all.size(); page++) {
			ResponseEntity<String> response = list("municipal-curator", "?page=" + page + "&size=2");
			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
			assertThat(response.getHeaders().getFirst("X-Total-Count")).isEqualTo(String.valueOf(all.size()));
			JsonNode content = json.readTree(response.getBody());
			assertThat(content.size()).isEqualTo(Math.min(2, all.size() - page * 2));
			content.forEach(paged::add);
		}
		// every field of every programme, its progress too, as the whole list shows it
		assertThat(paged).containsExactlyElementsOf(all);

		JsonNode beyond = json.readTree(list("municipal-curator", "?page=" + all.size() + "&size=2").getBody());
		assertThat(beyond).isEmpty();
		// a page without its size holds 50 programmes at most
		assertThat(json.readTree(list("municipal-curator", "?page=0").getBody()))
			.hasSize(Math.min(ProgrammeListing.DEFAULT_PAGE_SIZE, all.size()));
	}

	@Test
	void shouldPageOnlyTheProgrammesOfThePersonsOrganisations() throws Exception {
		JsonNode own = json.readTree(list("curator-kindergarten", "").getBody());
		ResponseEntity<String> page = list("curator-kindergarten", "?size=500");
		assertThat(page.getHeaders().getFirst("X-Total-Count")).isEqualTo(String.valueOf(own.size()));
		assertThat(json.readTree(page.getBody()).findValuesAsText("organisationName"))
			.isNotEmpty().containsOnly("МАДОУ «Белоевский детский сад»");
	}

	@Test
	void shouldRefusePagesThatCannotBeWithARussianProblem() throws Exception {
		for (String query : java.util.List.of("?page=-1", "?size=0", "?page=0&size=501", "?page=first",
				"?page=2147483647&size=500", "?page=99999999999")) {
			ResponseEntity<String> refused = list("municipal-curator", query);
			assertThat(refused.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(json.readTree(refused.getBody()).get("detail").asText()).as(query).matches(".*[А-Яа-яЁё].*");
		}
		assertThat(json.readTree(list("municipal-curator", "?size=0").getBody()).get("detail").asText())
			.isEqualTo("Размер страницы (size) — от 1 до 500 программ");
	}

	@Test
	void shouldDescribeTheApiInOpenApiWithRussianSummaries() throws Exception {
		ResponseEntity<String> docs = rest.getForEntity("/v3/api-docs", String.class);
		assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode paths = json.readTree(docs.getBody()).get("paths");
		assertThat(paths.has("/api/programmes")).isTrue();
		assertThat(paths.has("/api/organisations")).isTrue();
		paths.forEach(path -> path.forEach(operation -> assertThat(operation.get("summary").asText())
			.as("summary of an operation").matches(".*[А-Яа-яЁё].*")));
		assertThat(rest.getForEntity("/swagger-ui/index.html", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
	}
}
