package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.ApiCalls;
import ru.nastavnik.NastavnikTest;

/**
 * The municipal read model ({@code /api/monitoring}): the municipal curator reads every organisation's programmes and
 * their growth pooled; an organisation's curator only their own; nobody's name or participant number is in it; a
 * wrong filter and a role that does not read monitoring get a Russian problem.
 */
@NastavnikTest
class MonitoringApiTests {

	@Autowired
	ApiCalls api;

	@Autowired
	JdbcTemplate jdbc;

	private static List<String> organisations(JsonNode body) {
		List<String> names = new ArrayList<>();
		body.get("programmes").forEach(programme -> names.add(programme.get("organisation").asText()));
		return names;
	}

	@Test
	void shouldLetTheMunicipalCuratorReadEveryOrganisationAndOthersOnlyTheirOwn() throws Exception {
		ResponseEntity<String> municipal = api.call("municipal-curator", HttpMethod.GET,
				"/api/monitoring?academicYear=2026/2027", null);
		JsonNode all = api.body(municipal, HttpStatus.OK);
		assertThat(organisations(all)).contains("МБОУ СШ №3 г. Лысково", "МАДОУ «Белоевский детский сад»");
		assertThat(all.get("academicYear").asText()).isEqualTo("2026/2027");
		// the demo's year: everyone evaluated at the start, the second evaluation still ahead
		JsonNode pooled = all.get("pooled");
		assertThat(pooled.get("compared").asInt()).isZero();
		assertThat(pooled.get("awaiting").asInt()).isEqualTo(jdbc.queryForObject("select count(distinct"
				+ " e.participant_id) from evaluation e join participant p on p.id = e.participant_id join programme g"
				+ " on g.id = p.programme_id where g.academic_year = '2026/2027' and e.stage = 'START'", Integer.class));
		assertThat(pooled.get("dimensions")).hasSize(4)
			.allSatisfy(dimension -> assertThat(dimension.get("change").get("verdict").asText()).isEqualTo("NONE"));
		// no person in it: neither a name nor a participant's number
		List<String> names = jdbc.queryForList("select s.full_name from person s join participant p on p.person_id ="
				+ " s.id join programme g on g.id = p.programme_id where g.academic_year = '2026/2027'", String.class);
		assertThat(names).isNotEmpty();
		assertThat(municipal.getBody()).doesNotContain(names.toArray(String[]::new)).doesNotContain("participantId");

		// each programme also carries its satisfaction and quality as they stand: the demo's year is at December
		assertThat(municipal.getBody()).contains("\"satisfaction\"", "\"quality\"");
		JsonNode first = api.body(municipal, HttpStatus.OK).get("programmes").get(0);
		assertThat(first.get("satisfaction").get("summary").asText()).contains("ещё не проводилось");
		assertThat(first.get("quality").get("reviewed").asBoolean()).isFalse();
		assertThat(first.get("quality").get("figures").get(0).asText())
			.startsWith("Пар наставник — наставляемый сформировано приказом");

		JsonNode school = api.body(api.call("curator-school3", HttpMethod.GET, "/api/monitoring", null),
				HttpStatus.OK);
		assertThat(organisations(school)).isNotEmpty().containsOnly("МБОУ СШ №3 г. Лысково");
		JsonNode kindergarten = api.body(api.call("curator-kindergarten", HttpMethod.GET,
				"/api/monitoring?academicYear=2026/2027", null), HttpStatus.OK);
		assertThat(organisations(kindergarten)).containsExactly("МАДОУ «Белоевский детский сад»");
		Long kindergartenId = jdbc.queryForObject("select id from organisation where tenant_id = 'kindergarten'",
				Long.class);
		assertThat(organisations(api.body(api.call("municipal-curator", HttpMethod.GET,
				"/api/monitoring?academicYear=2026/2027&organisationId=" + kindergartenId, null), HttpStatus.OK)))
			.containsExactly("МАДОУ «Белоевский детский сад»");
		// another organisation's id filters to nothing, it does not widen what the person sees
		assertThat(api.body(api.call("curator-school3", HttpMethod.GET, "/api/monitoring?organisationId="
				+ kindergartenId, null), HttpStatus.OK).get("programmes")).isEmpty();

		// the report of a programme: to the municipal curator and the school's people, not to another organisation
		Long schoolProgramme = jdbc.queryForObject("select g.id from programme g join organisation o on o.id ="
				+ " g.organisation_id where o.tenant_id = 'school3' and g.academic_year = '2026/2027'", Long.class);
		ResponseEntity<String> report = api.call("municipal-curator", HttpMethod.GET, "/api/monitoring/programmes/"
				+ schoolProgramme + "/report.pdf", null);
		assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(report.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
		assertThat(api.call("curator-school3", HttpMethod.GET, "/api/monitoring/programmes/" + schoolProgramme
				+ "/report.xlsx", null).getHeaders().getContentType().toString()).contains("spreadsheetml");
		api.problem(api.call("curator-kindergarten", HttpMethod.GET, "/api/monitoring/programmes/" + schoolProgramme
				+ "/report.pdf", null), HttpStatus.NOT_FOUND);
		api.problem(api.call("psychologist-school3", HttpMethod.GET, "/api/monitoring/programmes/" + schoolProgramme
				+ "/report.xlsx", null), HttpStatus.FORBIDDEN);

		assertThat(api.problem(api.call("municipal-curator", HttpMethod.GET, "/api/monitoring?academicYear=2026",
				null), HttpStatus.BAD_REQUEST).get("detail").asText()).contains("Учебный год указывается так: 2026/2027");
		assertThat(api.problem(api.call("psychologist-school3", HttpMethod.GET, "/api/monitoring", null),
				HttpStatus.FORBIDDEN).get("detail").asText()).contains("Мониторинг программы читают");
	}
}
