package ru.nastavnik.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import ru.nastavnik.MemoryPeak;
import ru.nastavnik.participant.ParticipantDriver;
import ru.nastavnik.participant.Participants;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.StageOneDriver;

/**
 * The import of a school's list of 10,000 participants, end to end as a curator uploads it: the app with its default
 * file database (H2 under {@code target/bench}), the XLSX and CSV parsed and checked row by row, every person written,
 * and every person's enrolment process started with its consent task and timer. Run with {@code ./mvnw -Pbench test};
 * the figures go to {@code target/bench/import.md}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:file:./target/bench/import-${random.uuid};DB_CLOSE_ON_EXIT=FALSE",
		"camunda.bpm.job-execution.enabled=false", "spring.mail.host=" })
@ActiveProfiles("default")
class ImportBenchmark {

	static final int ROWS = Integer.getInteger("bench.rows", 10_000);

	static final int PARSE_RUNS = 5;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ObjectMapper json;

	@Autowired
	StageOneDriver stageOne;

	@Autowired
	Participants participants;

	private static List<List<String>> rows(Programme programme) {
		DateTimeFormatter format = DateTimeFormatter.ofPattern("dd.MM.yyyy");
		List<List<String>> rows = new ArrayList<>();
		rows.add(ImportApiTests.COLUMNS);
		for (int i = 0; i < ROWS; i++) {
			boolean pupil = i % 2 == 0;
			LocalDate born = programme.getStartsOn().minusYears(pupil ? 10 + i % 7 : 25 + i % 30).minusDays(i % 300);
			String surname = "Участников" + (i % 2 == 0 ? "" : "а");
			rows.add(List.of(surname + " " + ImportBenchmarkNames.name(i) + " Тестович", born.format(format),
					pupil ? (5 + i % 6) + " «А»" : "учитель", i % 5 == 0 ? "наставник" : "наставляемый",
					pupil ? "" : "p" + i + "@school3.ru", pupil ? "" : "+7912" + String.format("%07d", i),
					pupil ? "Представителев Иван " + ImportBenchmarkNames.name(i) : ""));
		}
		return rows;
	}

	private static byte[] csv(List<List<String>> rows) {
		StringBuilder text = new StringBuilder();
		rows.forEach(row -> text.append(String.join(";", row)).append('\n'));
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static long median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private String parse(String kind, Programme programme, byte[] file) throws IOException {
		ParticipantList.read(kind, file, programme.getStartsOn(), key -> false);
		long[] times = new long[PARSE_RUNS];
		MemoryPeak peak = MemoryPeak.start();
		for (int run = 0; run < PARSE_RUNS; run++) {
			long started = System.nanoTime();
			ParticipantList.Result result = ParticipantList.read(kind, file, programme.getStartsOn(), key -> false);
			times[run] = (System.nanoTime() - started) / 1_000_000;
			assertThat(result.validRows()).hasSize(ROWS);
		}
		return "| Разбор и проверка строк, %s (%d КиБ), медиана из %d | %d мс | %d МиБ |".formatted(kind,
				file.length / 1024, PARSE_RUNS, median(times), peak.heapMiB());
	}

	private String importList(String kind, byte[] file) throws Exception {
		Programme programme = stageOne.startSchoolProgramme();
		ParticipantDriver.setToday(LocalDate.of(programme.getStartsOn().getYear(), 9, 5));
		MemoryPeak peak = MemoryPeak.start();
		long started = System.nanoTime();
		ResponseEntity<String> response = rest.withBasicAuth("curator-school3", "demo").postForEntity(
				"/api/imports?programmeId=" + programme.getId(),
				ImportApiTests.file("list." + kind.toLowerCase(Locale.ROOT), file), String.class);
		long millis = (System.nanoTime() - started) / 1_000_000;
		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
		assertThat(json.readTree(response.getBody()).get("importedRows").asInt()).isEqualTo(ROWS);
		assertThat(participants.findByProgrammeIdOrderById(programme.getId())).hasSize(ROWS);
		return "| Загрузка через API, %s: всё или ничего, %d участников и их процессы | %.1f с (%.1f мс на участника) | %d МиБ |"
			.formatted(kind, ROWS, millis / 1000.0, (double) millis / ROWS, peak.heapMiB());
	}

	@Test
	void importTenThousandRows() throws Exception {
		Programme sample = stageOne.startSchoolProgramme();
		List<List<String>> rows = rows(sample);
		byte[] xlsx = ImportApiTests.xlsx(rows);
		byte[] csv = csv(rows);
		List<String> lines = new ArrayList<>();
		lines.add("| Что измерено | Время | Пик кучи |");
		lines.add("|---|---|---|");
		lines.add(parse("XLSX", sample, xlsx));
		lines.add(parse("CSV", sample, csv));
		lines.add(importList("XLSX", xlsx));
		lines.add(importList("CSV", csv));
		String report = String.join("\n", lines) + "\n\nМашина: " + Runtime.getRuntime().availableProcessors()
				+ " ядра, куча до " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " МиБ; H2 (файл).\n";
		Path out = Path.of("target", "bench", "import.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
		System.out.println(report);
	}
}
