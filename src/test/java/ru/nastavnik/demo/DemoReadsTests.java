package ru.nastavnik.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.ApiCalls;
import ru.nastavnik.NastavnikTest;

/**
 * Every read the API documents, called as every demo person on the demo's own records, answers without a server
 * error. The operations come from the OpenAPI document itself, so a new read is walked as soon as it is published;
 * a parameter this walk cannot fill fails the test rather than being skipped.
 */
@NastavnikTest
class DemoReadsTests {

	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

	/** An id no table holds: the read of a missing record must be a 404, never a 500. */
	private static final long MISSING = 987_654_321L;

	@Autowired
	ApiCalls api;

	@Autowired
	ObjectMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldAnswerEveryDocumentedReadAsEveryDemoPersonWithoutServerError() throws Exception {
		JsonNode paths = json.readTree(api.call("curator-school3", HttpMethod.GET, "/v3/api-docs", null).getBody())
			.path("paths");
		List<String> reads = new ArrayList<>();
		paths.fields().forEachRemaining(path -> {
			if (path.getValue().has("get")) {
				reads.add(path.getKey());
			}
		});
		assertThat(reads).as("reads in the OpenAPI document").hasSizeGreaterThan(15);

		List<String> failures = new ArrayList<>();
		int calls = 0;
		for (String path : reads) {
			List<String> urls = urls(path, paths.path(path).path("get").path("parameters"));
			for (DemoData.Person person : DemoData.PEOPLE) {
				for (String url : urls) {
					ResponseEntity<String> response = api.call(person.login(), HttpMethod.GET, url, null);
					calls++;
					if (response.getStatusCode().is5xxServerError()) {
						failures.add(person.login() + " GET " + url + " → " + response.getStatusCode().value() + " "
								+ response.getBody());
					}
				}
			}
		}
		assertThat(failures).as("reads answered with a server error").isEmpty();
		assertThat(calls).isGreaterThan(reads.size() * DemoData.PEOPLE.size());
	}

	/**
	 * The addresses to call for one documented read: every combination of the demo's real ids for its parameters
	 * (both organisations' programmes, a minor and an adult of each), plus a missing id.
	 */
	private List<String> urls(String path, JsonNode parameters) {
		Map<String, List<String>> query = new LinkedHashMap<>();
		List<String> urls = new ArrayList<>(List.of(path));
		for (Iterator<JsonNode> it = parameters.elements(); it.hasNext();) {
			JsonNode parameter = it.next();
			String name = parameter.path("name").asText();
			List<String> values = values(path, parameter);
			assertThat(values).as("values for %s of %s", name, path).isNotEmpty();
			if ("path".equals(parameter.path("in").asText())) {
				List<String> filled = new ArrayList<>();
				urls.forEach(url -> values.forEach(value -> filled.add(url.replace("{" + name + "}", value))));
				urls = filled;
			}
			else {
				query.put(name, values);
			}
		}
		for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
			List<String> filled = new ArrayList<>();
			for (String url : urls) {
				for (String value : parameter.getValue()) {
					filled.add(url + (url.contains("?") ? "&" : "?") + parameter.getKey() + "=" + value);
				}
			}
			urls = filled;
		}
		Matcher unfilled = PATH_VARIABLE.matcher(String.join(" ", urls));
		assertThat(unfilled.find()).as("a path variable left unfilled in %s", urls).isFalse();
		return urls;
	}

	/** Real ids for a parameter: which record an {@code id} names follows from the path it is in. */
	private List<String> values(String path, JsonNode parameter) {
		JsonNode allowed = parameter.path("schema").path("enum");
		if (allowed.isArray() && !allowed.isEmpty()) {
			List<String> values = new ArrayList<>();
			allowed.forEach(value -> values.add(value.asText()));
			return values;
		}
		String name = parameter.path("name").asText();
		// a page of a list: the first, one beyond the end, one that cannot be
		switch (name) {
			case "page" -> {
				return List.of("0", "1000", "-1");
			}
			case "size" -> {
				return List.of("1", "500", "0");
			}
			case "academicYear" -> {
				// the demo's year, a year with no programme, one that is not a year
				return List.of("2026/2027", "2030/2031", "2026");
			}
			default -> {
			}
		}
		String table = switch (name) {
			case "programmeId" -> "programme";
			case "participantId" -> "participant";
			case "pairId" -> "mentoring_pair";
			case "meetingId" -> "pair_meeting";
			case "organisationId" -> "organisation";
			case "id" -> tableOf(path);
			default -> throw new AssertionError("the walk cannot fill parameter " + name + " of " + path
					+ ": teach it which demo record the parameter names");
		};
		List<String> ids = new ArrayList<>(ids(table));
		ids.add(String.valueOf(MISSING));
		return ids;
	}

	private static String tableOf(String path) {
		if (path.startsWith("/api/programmes/") || path.startsWith("/api/monitoring/programmes/")) {
			return "programme";
		}
		if (path.startsWith("/api/participants/")) {
			return "participant";
		}
		if (path.startsWith("/api/orders/")) {
			return "pairing_order";
		}
		if (path.startsWith("/api/erasure-acts/")) {
			return "erasure_act";
		}
		if (path.startsWith("/api/pairs/")) {
			return "mentoring_pair";
		}
		if (path.startsWith("/api/partners/")) {
			return "partner";
		}
		throw new AssertionError("the walk does not know which record {id} names in " + path);
	}

	/** Of participants: a minor and an adult of each organisation; of the rest: the first of each organisation. */
	private List<String> ids(String table) {
		String sql = switch (table) {
			case "participant" -> "select min(p.id) from participant p join programme g on g.id = p.programme_id"
					+ " group by g.organisation_id, p.minor";
			case "programme" -> "select min(id) from programme group by organisation_id";
			case "organisation" -> "select id from organisation where tenant_id in ('school3', 'kindergarten')";
			case "pairing_order" -> "select min(o.id) from pairing_order o join programme g on g.id = o.programme_id"
					+ " group by g.organisation_id";
			case "erasure_act" -> "select min(a.id) from erasure_act a join programme g on g.id = a.programme_id"
					+ " group by g.organisation_id";
			case "pair_meeting" -> "select min(m.id) from pair_meeting m join programme g on g.id = m.programme_id"
					+ " group by g.organisation_id";
			case "mentoring_pair" -> "select min(p.id) from mentoring_pair p join programme g on g.id = p.programme_id"
					+ " group by g.organisation_id";
			case "partner" -> "select min(id) from partner group by organisation_id";
			default -> throw new AssertionError(table);
		};
		return jdbc.queryForList(sql, Long.class).stream().map(String::valueOf).toList();
	}
}
