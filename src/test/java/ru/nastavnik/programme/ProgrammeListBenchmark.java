package ru.nastavnik.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.organisation.Organisation;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.participant.ParticipantDriver;
import ru.nastavnik.security.CurrentUser;

/**
 * {@code GET /api/programmes} for a municipal curator who sees 1,000 programmes of the demo's school and kindergarten
 * in all stages of their year, read by several people at once and by one alone — as it is now (the programmes in one
 * query, their progress set-based, {@link ProgrammeProgress}), a page of it, a page of one programme (what signing
 * in and any request cost) and, in the same run and in turns with them, as it was: the programmes as JPA entities
 * with set-based progress, and programme by programme through the engine's API ({@link PerProgrammeProgress}); the
 * earlier two are served by test-only endpoints. Every programme is started through its process; the school's are
 * then worked on as their people would — some through stage I, some to stage IV, some to stage V and some through the
 * whole year. The machine's load average goes into the report: other builds may share it. Run with
 * {@code ./mvnw -Pbench test -Dtest=ProgrammeListBenchmark}; the figures go to {@code target/bench/programme-list.md}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:file:./target/bench/programmes-${random.uuid};DB_CLOSE_ON_EXIT=FALSE",
		"camunda.bpm.job-execution.enabled=false", "spring.mail.host=" })
@ActiveProfiles("default")
class ProgrammeListBenchmark {

	static final int PROGRAMMES = Integer.getInteger("bench.programmes", 1_000);

	static final int READERS = 4;

	static final int READS_AFTER = 100;

	static final int READS_ALONE = 20;

	static final int READS_BEFORE = 3;

	static final int PAGE_SIZE = 50;

	static final String LIST = "/api/programmes";

	static final String ENTITIES = "/api/bench/programmes-entities";

	static final String PER_PROGRAMME = "/api/bench/programmes-per-programme";

	static final String PAGE = LIST + "?page=0&size=" + PAGE_SIZE;

	static final String SIGN_IN = LIST + "?page=0&size=1";

	static final String READER = "municipal-curator";

	/** The list as it was read before, in two test-only endpoints: the same view, the same order. */
	@TestConfiguration
	static class EarlierLists {

		@Bean
		EarlierListsController earlierListsController(Programmes programmes, ProgrammeProgress progress,
				PerProgrammeProgress perProgramme) {
			return new EarlierListsController(programmes, progress, perProgramme);
		}
	}

	@RestController
	static class EarlierListsController {

		private final Programmes programmes;

		private final ProgrammeProgress progress;

		private final PerProgrammeProgress perProgramme;

		EarlierListsController(Programmes programmes, ProgrammeProgress progress, PerProgrammeProgress perProgramme) {
			this.programmes = programmes;
			this.progress = progress;
			this.perProgramme = perProgramme;
		}

		private List<Programme> entities(Authentication authentication) {
			return programmes.findByOrganisationTenantIdInOrderByOrganisationNameAscAcademicYearDesc(
					CurrentUser.of(authentication).tenantIds());
		}

		private static ProgrammeView view(Programme programme,
				ProgrammeProgress.Progress progress) {
			return new ProgrammeView(programme.getId(), programme.getOrganisation().getId(),
					programme.getOrganisation().getName(), programme.getAcademicYear(), programme.getStartsOn(),
					programme.getAudience().name(), programme.getAudience().title(), progress.stage(),
					progress.status().name(), progress.status().title(), programme.getCuratorLogin(),
					programme.getProcessInstanceId(), progress.overdueSteps(), progress.percentDone());
		}

		/** The first list: each programme's progress through the engine's API. */
		@GetMapping("/api/bench/programmes-per-programme")
		List<ProgrammeView> perProgramme(Authentication authentication) {
			return entities(authentication).stream()
				.map(programme -> view(programme, perProgramme.of(programme)))
				.toList();
		}

		/**
		 * The list as of 04.12.2026: the programmes as JPA entities with their organisations, then their progress
		 * set-based.
		 */
		@GetMapping("/api/bench/programmes-entities")
		List<ProgrammeView> entitiesAndSetBasedProgress(Authentication authentication) {
			List<Programme> programmes = entities(authentication);
			Map<Long, ProgrammeProgress.Progress> progressById = progress
				.ofOrganisations(CurrentUser.of(authentication).tenantIds());
			return programmes.stream()
				.map(programme -> view(programme, progressById.get(programme.getId())))
				.toList();
		}
	}

	@Autowired
	StageOneDriver driver;

	@Autowired
	ParticipantDriver participants;

	@Autowired
	ProgrammeManagement management;

	@Autowired
	Organisations organisations;

	@Autowired
	ObjectMapper json;

	@Autowired
	ProgrammeProgress progress;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	/**
	 * Half the programmes are the school's (pupils), half the kindergarten's (teachers), one academic year each.
	 * Every kindergarten programme and most of the school's wait at the start of stage I; of the school's every 4th
	 * has done stage I (stages II and III side by side), every 20th is in stage IV, every 50th has pairs proposed
	 * (stage V) and every 100th has gone through the whole year.
	 */
	private Map<String, Integer> programmes() {
		Organisation kindergarten = organisations.findByTenantId("kindergarten").orElseThrow();
		Map<String, Integer> stages = new HashMap<>();
		int kindergartenYear = 2100;
		for (int i = 0; i < PROGRAMMES; i++) {
			if (i % 2 == 1) {
				int year = kindergartenYear++;
				ClockUtil.setCurrentTime(StageOneDriver.date(LocalDate.of(year, 5, 1)));
				management.start(kindergarten, year + "/" + (year + 1), "director-kindergarten");
				stages.merge("I", 1, Integer::sum);
				continue;
			}
			Programme programme = driver.startSchoolProgramme();
			int school = i / 2;
			String stage = school % 100 == 0 ? "завершена" : school % 50 == 0 ? "V" : school % 20 == 0 ? "IV"
					: school % 4 == 0 ? "II и III" : "I";
			if (!stage.equals("I")) {
				driver.completeStageOne(programme);
			}
			if (stage.equals("IV") || stage.equals("V") || stage.equals("завершена")) {
				participants.mentorInterviewed(programme, "Соколов Денис Игоревич", true);
				participants.menteeInBase(programme, "Петров Илья Сергеевич");
				driver.workStagesTwoAndThree(programme);
			}
			if (stage.equals("V") || stage.equals("завершена")) {
				for (String step : StageOneDriver.STAGES_FOUR_TO_SEVEN) {
					driver.work(programme, step);
					if (stage.equals("V") && step.equals("matchPairs")) {
						break;
					}
				}
			}
			stages.merge(stage, 1, Integer::sum);
		}
		return stages;
	}

	private HttpResponse<String> get(String path) throws Exception {
		String credentials = Base64.getEncoder().encodeToString((READER + ":demo").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + credentials).GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response;
	}

	/** Each of the readers reads the path the given number of times, all at once; the times of all reads. */
	private List<Long> read(String path, int readers, int readsPerReader) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(readers);
		try {
			List<Future<List<Long>>> futures = new ArrayList<>();
			for (int reader = 0; reader < readers; reader++) {
				futures.add(pool.submit(() -> {
					List<Long> millis = new ArrayList<>();
					for (int read = 0; read < readsPerReader; read++) {
						long started = System.nanoTime();
						get(path);
						millis.add((System.nanoTime() - started) / 1_000_000);
					}
					return millis;
				}));
			}
			List<Long> all = new ArrayList<>();
			for (Future<List<Long>> future : futures) {
				all.addAll(future.get());
			}
			return all;
		}
		finally {
			pool.shutdown();
		}
	}

	/**
	 * The paths in turns, round after round, each round starting with the next path, so that a change of the
	 * machine's load (other builds run on it) falls on all of them alike; the times of each path, sorted.
	 */
	private Map<String, List<Long>> readInTurns(List<String> paths, int readers, int reads) throws Exception {
		Map<String, List<Long>> times = new LinkedHashMap<>();
		paths.forEach(path -> times.put(path, new ArrayList<>()));
		int readsPerRound = readers;
		for (int round = 0; round < reads / readsPerRound; round++) {
			// each path goes first in its turn: none always follows the same one
			for (int turn = 0; turn < paths.size(); turn++) {
				String path = paths.get((round + turn) % paths.size());
				times.get(path).addAll(read(path, readers, 1));
			}
		}
		times.values().forEach(Collections::sort);
		return times;
	}

	private static String loadAverage() throws Exception {
		String[] load = Files.readString(Path.of("/proc/loadavg")).split(" ");
		return load[0] + " / " + load[1] + " / " + load[2];
	}

	private static String row(String reading, List<Long> sorted) {
		return String.format("| %s | %d | %d ms | %d ms | %d ms |%n", reading, sorted.size(), percentile(sorted, 50),
				percentile(sorted, 95), sorted.get(sorted.size() - 1));
	}

	private static long percentile(List<Long> sorted, int percent) {
		return sorted.get((int) Math.ceil(percent / 100.0 * sorted.size()) - 1);
	}

	@Test
	void readTheListOfAThousandProgrammes() throws Exception {
		long started = System.nanoTime();
		Map<String, Integer> stages = programmes();
		long setupSeconds = (System.nanoTime() - started) / 1_000_000_000;
		// the middle of the years: earlier programmes have late steps, later ones not yet
		ClockUtil.setCurrentTime(StageOneDriver.date(LocalDate.of(2030 + PROGRAMMES / 4, 10, 15)));

		// the list reads what the earlier lists read: the same programmes in the same order with the same fields;
		// the first one's figures come from the engine's API (its status was the programme's row: the defect)
		JsonNode now = json.readTree(get(LIST).body());
		JsonNode entities = json.readTree(get(ENTITIES).body());
		JsonNode before = json.readTree(get(PER_PROGRAMME).body());
		// and the demo's own programmes
		assertThat(now.size()).isGreaterThanOrEqualTo(PROGRAMMES).isEqualTo(before.size());
		assertThat(now).isEqualTo(entities);
		int overdue = 0;
		for (int i = 0; i < now.size(); i++) {
			for (String field : List.of("id", "stage", "overdueSteps", "percentDone")) {
				assertThat(now.get(i).get(field)).as("%s of programme %s", field, now.get(i).get("id"))
					.isEqualTo(before.get(i).get(field));
			}
			overdue += now.get(i).get("overdueSteps").asInt();
		}
		// the pages, one after another, are the list
		HttpResponse<String> firstPage = get(PAGE);
		assertThat(firstPage.headers().firstValue("X-Total-Count")).hasValue(String.valueOf(now.size()));
		List<JsonNode> paged = new ArrayList<>();
		for (int page = 0; page * PAGE_SIZE < now.size(); page++) {
			json.readTree(get(LIST + "?page=" + page + "&size=" + PAGE_SIZE).body()).forEach(paged::add);
		}
		assertThat(paged).containsExactlyElementsOf(now);

		String loadBefore = loadAverage();
		readInTurns(List.of(LIST, ENTITIES, PAGE), READERS, 40);
		Map<String, List<Long>> together = readInTurns(List.of(LIST, ENTITIES, PAGE, SIGN_IN), READERS, READS_AFTER);
		// what one reader alone waits, and what of it is the progress of the programmes
		Map<String, List<Long>> alone = readInTurns(List.of(LIST, ENTITIES, PAGE, SIGN_IN), 1, READS_ALONE);
		List<Long> progressAlone = new ArrayList<>();
		for (int read = 0; read < READS_ALONE; read++) {
			long readStarted = System.nanoTime();
			progress.ofOrganisations(java.util.Set.of("school3", "kindergarten"));
			progressAlone.add((System.nanoTime() - readStarted) / 1_000_000);
		}
		Collections.sort(progressAlone);
		List<Long> perProgramme = read(PER_PROGRAMME, READERS, READS_BEFORE);
		Collections.sort(perProgramme);
		String loadAfter = loadAverage();

		String report = String.format("""
				## GET /api/programmes: %d programmes, %d readers at once (H2 file database)

				programmes by stage: %s; late steps in all: %d; set up in %d s; list %d KiB of JSON
				load average (1 / 5 / 15 min) before the reads: %s, after: %s; %d processors

				| reading | reads | p50 | p95 | max |
				|---|---|---|---|---|
				""", now.size(), READERS, stages, overdue, setupSeconds, get(LIST).body().getBytes(StandardCharsets.UTF_8).length / 1024,
				loadBefore, loadAfter, Runtime.getRuntime().availableProcessors())
				+ row("the list: one query for the programmes, four for their progress, " + READERS + " readers", together.get(LIST))
				+ row("the list as before: JPA entities, set-based progress, " + READERS + " readers", together.get(ENTITIES))
				+ row("a page of " + PAGE_SIZE + ", " + READERS + " readers", together.get(PAGE))
				+ row("one programme (page of 1): signing in and the request itself, " + READERS + " readers", together.get(SIGN_IN))
				+ row("programme by programme through the engine's API (the first list), " + READERS + " readers", perProgramme)
				+ row("the list, one reader alone", alone.get(LIST))
				+ row("the list as before, one reader alone", alone.get(ENTITIES))
				+ row("a page of " + PAGE_SIZE + ", one reader alone", alone.get(PAGE))
				+ row("one programme, one reader alone", alone.get(SIGN_IN))
				+ row("the progress alone (ProgrammeProgress.ofOrganisations, no HTTP)", progressAlone);
		Files.createDirectories(Path.of("target/bench"));
		Files.writeString(Path.of("target/bench/programme-list.md"), report);
		System.out.println(report);
	}
}
