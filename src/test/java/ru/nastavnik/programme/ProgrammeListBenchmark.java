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
 * in all stages of their year, read by several people at once — as it is now (set-based, {@link ProgrammeProgress})
 * and, in the same run, as it was (programme by programme through the engine's API, {@link PerProgrammeProgress},
 * served by a test-only endpoint). Every programme is started through its process; the school's are then worked on
 * as their people would — some through stage I, some to stage IV, some to stage V and some through the whole year.
 * Run with {@code ./mvnw -Pbench test -Dtest=ProgrammeListBenchmark}; the figures go to
 * {@code target/bench/programme-list.md}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:file:./target/bench/programmes-${random.uuid};DB_CLOSE_ON_EXIT=FALSE",
		"camunda.bpm.job-execution.enabled=false", "spring.mail.host=" })
@ActiveProfiles("default")
class ProgrammeListBenchmark {

	static final int PROGRAMMES = Integer.getInteger("bench.programmes", 1_000);

	static final int READERS = 4;

	static final int READS_AFTER = 100;

	static final int READS_BEFORE = 3;

	static final String READER = "municipal-curator";

	/** The list as it was read before: the same view, its figures programme by programme. */
	@TestConfiguration
	static class PerProgrammeList {

		@Bean
		PerProgrammeListController perProgrammeListController(ProgrammeManagement management,
				PerProgrammeProgress perProgramme) {
			return new PerProgrammeListController(management, perProgramme);
		}
	}

	@RestController
	static class PerProgrammeListController {

		private final ProgrammeManagement management;

		private final PerProgrammeProgress perProgramme;

		PerProgrammeListController(ProgrammeManagement management, PerProgrammeProgress perProgramme) {
			this.management = management;
			this.perProgramme = perProgramme;
		}

		@GetMapping("/api/bench/programmes-per-programme")
		List<ProgrammeController.ProgrammeView> list(Authentication authentication) {
			return management.visibleTo(CurrentUser.of(authentication)).stream().map(programme -> {
				ProgrammeProgress.Progress progress = perProgramme.of(programme);
				return new ProgrammeController.ProgrammeView(programme.getId(), programme.getOrganisation().getId(),
						programme.getOrganisation().getName(), programme.getAcademicYear(), programme.getStartsOn(),
						programme.getAudience().name(), programme.getAudience().title(), progress.stage(),
						progress.status().name(), progress.status().title(), programme.getCuratorLogin(),
						programme.getProcessInstanceId(), progress.overdueSteps(), progress.percentDone());
			}).toList();
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

	/** Each reader reads the list the given number of times, all at once; the times of all reads, sorted. */
	private List<Long> read(String path, int readsPerReader) throws Exception {
		ExecutorService readers = Executors.newFixedThreadPool(READERS);
		try {
			List<Future<List<Long>>> futures = new ArrayList<>();
			for (int reader = 0; reader < READERS; reader++) {
				futures.add(readers.submit(() -> {
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
			Collections.sort(all);
			return all;
		}
		finally {
			readers.shutdown();
		}
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

		// both ways read the same figures (the status was the programme's row before: the defect)
		JsonNode now = json.readTree(get("/api/programmes").body());
		JsonNode before = json.readTree(get("/api/bench/programmes-per-programme").body());
		// and the demo's own programmes
		assertThat(now.size()).isGreaterThanOrEqualTo(PROGRAMMES).isEqualTo(before.size());
		int overdue = 0;
		for (int i = 0; i < now.size(); i++) {
			for (String field : List.of("id", "stage", "overdueSteps", "percentDone")) {
				assertThat(now.get(i).get(field)).as("%s of programme %s", field, now.get(i).get("id"))
					.isEqualTo(before.get(i).get(field));
			}
			overdue += now.get(i).get("overdueSteps").asInt();
		}

		read("/api/programmes", 10);
		List<Long> after = read("/api/programmes", READS_AFTER / READERS);
		// what one reader alone waits, and what of it is the progress of the programmes
		List<Long> alone = new ArrayList<>();
		List<Long> progressAlone = new ArrayList<>();
		for (int read = 0; read < 20; read++) {
			long readStarted = System.nanoTime();
			get("/api/programmes");
			alone.add((System.nanoTime() - readStarted) / 1_000_000);
			readStarted = System.nanoTime();
			progress.ofOrganisations(java.util.Set.of("school3", "kindergarten"));
			progressAlone.add((System.nanoTime() - readStarted) / 1_000_000);
		}
		Collections.sort(alone);
		Collections.sort(progressAlone);
		List<Long> perProgramme = read("/api/bench/programmes-per-programme", READS_BEFORE);

		String report = String.format("""
				## GET /api/programmes: %d programmes, %d readers at once (H2 file database)

				programmes by stage: %s; late steps in all: %d; set up in %d s

				| reading | reads | p50 | p95 | max |
				|---|---|---|---|---|
				| set-based (ProgrammeProgress) | %d | %d ms | %d ms | %d ms |
				| programme by programme through the engine's API (before) | %d | %d ms | %d ms | %d ms |
				| set-based, one reader alone | %d | %d ms | %d ms | %d ms |
				| of which the progress (ProgrammeProgress.ofOrganisations, no HTTP) | %d | %d ms | %d ms | %d ms |
				""", now.size(), READERS, stages, overdue, setupSeconds, after.size(), percentile(after, 50),
				percentile(after, 95), after.get(after.size() - 1), perProgramme.size(), percentile(perProgramme, 50),
				percentile(perProgramme, 95), perProgramme.get(perProgramme.size() - 1), alone.size(),
				percentile(alone, 50), percentile(alone, 95), alone.get(alone.size() - 1), progressAlone.size(),
				percentile(progressAlone, 50), percentile(progressAlone, 95), progressAlone.get(progressAlone.size() - 1));
		Files.createDirectories(Path.of("target/bench"));
		Files.writeString(Path.of("target/bench/programme-list.md"), report);
		System.out.println(report);
	}
}
