package ru.nastavnik.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.PageClient;

/**
 * The demo's pages walked as every demo person would click through them: from the workspace and every page address
 * the README documents, each link of the application's own pages is followed (reads only: no form is sent), up to
 * {@value #MOST_PAGES} pages a person; none answers with a server error.
 */
@NastavnikTest
class DemoPagesTests {

	static final int MOST_PAGES = 120;

	private static final Pattern README_PAGE = Pattern.compile("^\\| http://localhost:8080(/[^ |]*)", Pattern.MULTILINE);

	private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)\"");

	/** What is not the application's own pages: the Camunda webapps and the APIs, the static files, signing out. */
	private static final List<String> NOT_PAGES = List.of("/camunda", "/engine-rest", "/api", "/swagger", "/v3",
			"/css", "/js", "/favicon", "/logout");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	/** The README's page addresses, their placeholders filled with the demo's records and with made-up ones. */
	private List<String> documented() throws Exception {
		String readme = Files.readString(Path.of("README.md"));
		List<String> programmes = jdbc.queryForList("select min(id) from programme group by organisation_id",
				Long.class).stream().map(String::valueOf).toList();
		List<String> paths = new ArrayList<>();
		Matcher page = README_PAGE.matcher(readme);
		while (page.find()) {
			String path = page.group(1);
			if (NOT_PAGES.stream().anyMatch(path::startsWith)) {
				continue;
			}
			if (path.contains("{id}")) {
				programmes.forEach(id -> paths.add(path.replace("{id}", id)));
				paths.add(path.replace("{id}", "999999"));
			}
			else {
				// a link or a code made up: the page refuses it, it does not fail
				paths.add(path.replaceAll("\\{[^}]+\\}", "AAAAAAAAAAAAAAAA"));
			}
		}
		assertThat(paths).as("страницы из README").hasSizeGreaterThan(8);
		return paths;
	}

	@Test
	void shouldAnswerEveryPageEveryDemoPersonReachesWithoutAServerError() throws Exception {
		List<String> start = documented();
		List<String> failures = new ArrayList<>();
		java.util.Map<String, Integer> visited = new java.util.LinkedHashMap<>();
		for (DemoData.Person person : DemoData.PEOPLE) {
			PageClient client = PageClient.signIn(port, person.login(), "demo");
			Set<String> seen = new LinkedHashSet<>();
			Deque<String> queue = new ArrayDeque<>(start);
			queue.addFirst("/");
			while (!queue.isEmpty() && seen.size() < MOST_PAGES) {
				String path = queue.poll();
				if (!seen.add(path)) {
					continue;
				}
				HttpResponse<String> response = client.get(path);
				if (response.statusCode() >= 500) {
					failures.add(person.login() + " GET " + path + " → " + response.statusCode());
					continue;
				}
				String type = response.headers().firstValue("Content-Type").orElse("");
				if (response.statusCode() == 200 && type.startsWith("text/html")) {
					Matcher link = LINK.matcher(response.body());
					while (link.find()) {
						String next = link.group(1).replace("&amp;", "&");
						if (NOT_PAGES.stream().noneMatch(next::startsWith) && !seen.contains(next)) {
							queue.add(next);
						}
					}
				}
			}
			visited.put(person.login(), seen.size());
		}
		assertThat(failures).as("pages answered with a server error").isEmpty();
		// the school's curator reaches the whole programme: its participants, pairs, documents, monitoring
		assertThat(visited.get("curator-school3")).as("страниц обойдено: %s", visited).isGreaterThan(60);
		assertThat(visited.values()).as("страниц обойдено: %s", visited).allSatisfy(count -> assertThat(count)
			.isGreaterThan(10));
	}
}
