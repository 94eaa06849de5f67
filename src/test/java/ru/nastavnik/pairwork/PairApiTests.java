package ru.nastavnik.pairwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.ApiCalls;
import ru.nastavnik.NastavnikTest;

/**
 * The pairs' API on the demo school in December: the pair with its plan and log, its meetings read and recorded, its
 * plan as JSON and PDF; a meeting that cannot be refused in Russian with nothing written; another organisation finds
 * no pair, the director records nothing. Writes only to the demo's pair 2, and only meetings.
 */
@NastavnikTest
class PairApiTests {

	@Autowired
	ApiCalls api;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoSchool school;

	private static LocalDate today() {
		return LocalDate.now(ZoneId.of("Europe/Moscow"));
	}

	private static String meeting(LocalDate heldOn, int minutes, String topic) {
		return "{\"heldOn\":\"" + heldOn + "\",\"durationMinutes\":" + minutes + ",\"format\":\"ONLINE\","
				+ "\"attendance\":\"BOTH\",\"topic\":\"" + topic + "\",\"done\":\"Разобрали задачи пробного варианта\","
				+ "\"nextSteps\":\"Решить вариант № 6\"}";
	}

	@Test
	void shouldGiveThePairWithItsPlanAndLogAndLogTheReadOfAMinor() throws Exception {
		long pair = school.pair(2);
		Long mentee = jdbc.queryForObject("select mentee_id from mentoring_pair where id = ?", Long.class, pair);
		boolean minor = jdbc.queryForObject("select minor from participant where id = ?", Boolean.class, mentee);
		String reads = "select count(*) from access_log where participant_id = ? and channel = 'API'";
		long before = jdbc.queryForObject(reads, Long.class, mentee);

		JsonNode card = api.body(api.call("director-school3", HttpMethod.GET, "/api/pairs/" + pair, null),
				HttpStatus.OK);

		assertThat(card.get("pair").get("id").asLong()).isEqualTo(pair);
		assertThat(card.get("pair").get("programmeId").asLong()).isEqualTo(school.programme());
		assertThat(card.get("pair").get("mentor").asText()).isNotBlank();
		assertThat(card.get("pair").get("status").asText()).isEqualTo("действует");
		JsonNode plan = card.get("plan");
		assertThat(plan.get("version").asInt()).isPositive();
		assertThat(plan.get("agreed").asBoolean()).isTrue();
		assertThat(plan.get("goals")).isNotEmpty();
		assertThat(plan.get("goals").get(0).get("tasks")).isNotEmpty();
		assertThat(card.get("meetings")).hasSize(school.meetings(pair));
		assertThat(card.get("meetings").findValuesAsText("kind")).contains("ORGANISATIONAL");
		assertThat(card.get("meetings").get(card.get("meetings").size() - 1).get("kindTitle").asText())
			.isEqualTo("Организационная встреча");
		assertThat(jdbc.queryForObject(reads, Long.class, mentee)).isEqualTo(minor ? before + 1 : before);
	}

	@Test
	void shouldRecordAMeetingAndListIt() throws Exception {
		long pair = school.pair(2);
		int before = school.meetings(pair);
		ResponseEntity<String> created = api.call("workgroup-school3", HttpMethod.POST,
				"/api/pairs/" + pair + "/meetings", meeting(today().minusDays(1), 50, "Через API: тригонометрия"));
		JsonNode meeting = api.body(created, HttpStatus.CREATED);
		assertThat(school.meetings(pair)).isEqualTo(before + 1);
		assertThat(meeting.get("recordedBy").asText()).isEqualTo("workgroup-school3");
		assertThat(meeting.get("kind").asText()).isEqualTo("REGULAR");
		assertThat(meeting.get("formatTitle").asText()).isEqualTo("онлайн");
		assertThat(created.getHeaders().getLocation())
			.hasPath("/api/pairs/" + pair + "/meetings/" + meeting.get("id").asLong());
		assertThat(api.body(api.call("auditor", HttpMethod.GET, created.getHeaders().getLocation().getPath(), null),
				HttpStatus.OK).get("topic").asText()).isEqualTo("Через API: тригонометрия");

		JsonNode list = api.body(api.call("curator-school3", HttpMethod.GET, "/api/pairs/" + pair + "/meetings",
				null), HttpStatus.OK);
		assertThat(list).hasSize(before + 1);
		assertThat(list.findValuesAsText("topic")).contains("Через API: тригонометрия");
	}

	@Test
	void shouldRefuseAMeetingThatCannotBeInRussianAndWriteNothing() throws Exception {
		long pair = school.pair(2);
		int before = school.meetings(pair);
		String path = "/api/pairs/" + pair + "/meetings";

		JsonNode future = api.problem(api.call("curator-school3", HttpMethod.POST, path,
				meeting(today().plusDays(1), 45, "Будущая встреча")), HttpStatus.BAD_REQUEST);
		assertThat(future.get("detail").asText()).contains("Дата встречи не может быть позже сегодняшней");
		JsonNode tooShort = api.problem(api.call("curator-school3", HttpMethod.POST, path,
				meeting(today().minusDays(1), 5, "Пять минут")), HttpStatus.BAD_REQUEST);
		assertThat(tooShort.get("detail").asText()).isEqualTo("Продолжительность встречи — от 10 до 480 минут");
		JsonNode format = api.problem(api.call("curator-school3", HttpMethod.POST, path,
				meeting(today().minusDays(1), 45, "Неизвестный формат").replace("ONLINE", "TELEPATHY")),
				HttpStatus.BAD_REQUEST);
		assertThat(format.get("detail").asText()).contains("не является корректным JSON");
		JsonNode noTopic = api.problem(api.call("curator-school3", HttpMethod.POST, path,
				meeting(today().minusDays(1), 45, "")), HttpStatus.BAD_REQUEST);
		assertThat(noTopic.get("detail").asText()).contains("Заполните «Тема встречи»");

		assertThat(school.meetings(pair)).isEqualTo(before);
	}

	@Test
	void shouldGiveThePlanAsJsonAndAsThePagesPdf() throws Exception {
		long pair = school.pair(2);
		JsonNode plan = api.body(api.call("auditor", HttpMethod.GET, "/api/pairs/" + pair + "/plan", null),
				HttpStatus.OK);
		assertThat(plan.get("cadence").asText()).isIn("WEEKLY", "BIWEEKLY", "MONTHLY");
		assertThat(plan.get("toleranceDays").asInt()).isNotNegative();
		assertThat(plan.get("startsOn").asText()).isNotBlank();
		assertThat(plan.get("mentorAgreedOn").asText()).isNotBlank();

		ResponseEntity<byte[]> pdf = rest.withBasicAuth("curator-school3", "demo")
			.getForEntity("/api/pairs/" + pair + "/plan.pdf", byte[].class);
		assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
		assertThat(pdf.getHeaders().getContentDisposition().getFilename())
			.isEqualTo("individual-plan-" + pair + "-v" + plan.get("version").asInt() + ".pdf");
		assertThat(new String(pdf.getBody(), 0, 5)).isEqualTo("%PDF-");
	}

	@Test
	void shouldHideThePairFromAnotherOrganisationAndRefuseTheDirectorsRecord() throws Exception {
		long pair = school.pair(2);
		int before = school.meetings(pair);
		for (String path : List.of("", "/meetings", "/plan", "/plan.pdf")) {
			JsonNode missing = api.problem(api.call("curator-kindergarten", HttpMethod.GET,
					"/api/pairs/" + pair + path, null), HttpStatus.NOT_FOUND);
			assertThat(missing.get("detail").asText()).as(path).isEqualTo("Пара " + pair + " не найдена");
		}
		api.problem(api.call("curator-kindergarten", HttpMethod.POST, "/api/pairs/" + pair + "/meetings",
				meeting(today().minusDays(1), 45, "Чужая пара")), HttpStatus.NOT_FOUND);

		JsonNode refused = api.problem(api.call("director-school3", HttpMethod.POST,
				"/api/pairs/" + pair + "/meetings", meeting(today().minusDays(1), 45, "Руководитель")),
				HttpStatus.FORBIDDEN);
		assertThat(refused.get("detail").asText()).startsWith("Встречи пар записывают куратор");
		assertThat(school.meetings(pair)).isEqualTo(before);
		api.problem(api.call("director-school3", HttpMethod.GET, "/api/pairs/999999", null), HttpStatus.NOT_FOUND);
	}
}
