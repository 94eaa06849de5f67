package ru.nastavnik.participant;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import ru.nastavnik.PageClient;
import ru.nastavnik.roster.ImportBenchmarkNames;
import ru.nastavnik.participant.ParticipantInput.NewParticipant;
import ru.nastavnik.participant.ParticipantInput.Representative;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.StageOneDriver;

/**
 * The participants' page of a programme with 2,000 participants (1,500 pupils, minors with their legal
 * representatives, and 500 teachers), as the curator opens it in a browser: the time to the first byte and to the
 * whole page, read by several people at once and by one alone, and the card of one minor. Every read of the list logs
 * the read of each minor in it, as the law asks: that is part of the price. Run with
 * {@code ./mvnw -Pbench test -Dtest=ParticipantPageBenchmark}; the figures go to
 * {@code target/bench/participant-page.md}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:file:./target/bench/participants-${random.uuid};DB_CLOSE_ON_EXIT=FALSE",
		"camunda.bpm.job-execution.enabled=false", "spring.mail.host=" })
@ActiveProfiles("default")
class ParticipantPageBenchmark {

	static final int PARTICIPANTS = Integer.getInteger("bench.participants", 2_000);

	static final int READERS = 4;

	static final int READS = 40;

	static final int READS_ALONE = 20;

	@LocalServerPort
	int port;

	@Autowired
	StageOneDriver stageOne;

	@Autowired
	Enrolment enrolment;

	/** The time to the first byte (status and headers in) and to the whole page, in milliseconds. */
	record Timing(long firstByte, long whole) {
	}

	/** One person's browser: signed in once, then reading the page again and again. */
	private Timing read(HttpClient http, String path) throws Exception {
		long start = System.nanoTime();
		long[] firstByte = new long[1];
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.GET()
			.build(), info -> {
				firstByte[0] = System.nanoTime();
				return HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8);
			});
		long end = System.nanoTime();
		if (response.statusCode() != 200 || !response.body().contains("Найдено участников")
				&& !response.body().contains("Согласия")) {
			throw new IllegalStateException("Страница не открылась: " + response.statusCode());
		}
		return new Timing((firstByte[0] - start) / 1_000_000, (end - start) / 1_000_000);
	}

	private List<Timing> readTogether(List<HttpClient> readers, String path, int reads) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(readers.size());
		try {
			List<Future<List<Timing>>> futures = new ArrayList<>();
			for (HttpClient reader : readers) {
				futures.add(pool.submit(() -> {
					List<Timing> timings = new ArrayList<>();
					for (int i = 0; i < reads; i++) {
						timings.add(read(reader, path));
					}
					return timings;
				}));
			}
			List<Timing> all = new ArrayList<>();
			for (Future<List<Timing>> future : futures) {
				all.addAll(future.get());
			}
			return all;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static String row(String reading, List<Timing> timings) {
		List<Long> first = new ArrayList<>(timings.stream().map(Timing::firstByte).toList());
		List<Long> whole = new ArrayList<>(timings.stream().map(Timing::whole).toList());
		Collections.sort(first);
		Collections.sort(whole);
		return String.format("| %s | %d | %d / %d ms | %d / %d ms |%n", reading, timings.size(), percentile(first, 50),
				percentile(first, 95), percentile(whole, 50), percentile(whole, 95));
	}

	private static long percentile(List<Long> sorted, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
	}

	@Test
	void shouldOpenTheParticipantsPageOfTwoThousand() throws Exception {
		Programme programme = stageOne.startSchoolProgramme();
		LocalDate startsOn = programme.getStartsOn();
		List<NewParticipant> inputs = new ArrayList<>();
		for (int i = 0; i < PARTICIPANTS; i++) {
			boolean pupil = i % 4 != 3;
			String name = (pupil ? "Ученикова " : "Педагогова ") + ImportBenchmarkNames.name(i);
			inputs.add(pupil
					? new NewParticipant(name, startsOn.minusYears(10).minusDays(i % 2000), (5 + i % 7) + " «А»",
							ParticipantRole.MENTEE, null, null, new Representative("Родителева " + ImportBenchmarkNames.name(i),
									null, null))
					: new NewParticipant(name, startsOn.minusYears(30).minusDays(i % 3000), "учитель",
							ParticipantRole.MENTOR, null, null, null));
		}
		long setUp = System.nanoTime();
		enrolment.enrolAll(programme, inputs, "curator-school3", written -> {
		});
		long setUpSeconds = (System.nanoTime() - setUp) / 1_000_000_000;

		String list = "/programmes/" + programme.getId() + "/participants";
		PageClient sample = PageClient.signIn(port, "curator-school3", "demo");
		String body = sample.get(list).body();
		int kib = body.getBytes(StandardCharsets.UTF_8).length / 1024;
		Long minor = Long.valueOf(body.replaceFirst("(?s).*?href=\"/participants/(\\d+)\".*", "$1"));
		String card = "/participants/" + minor;

		List<HttpClient> readers = new ArrayList<>();
		for (int i = 0; i < READERS; i++) {
			readers.add(PageClient.signedInHttp(port, "curator-school3", "demo"));
		}
		readTogether(readers, list, 5);
		String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
		List<Timing> together = readTogether(readers, list, READS);
		List<Timing> alone = readTogether(readers.subList(0, 1), list, READS_ALONE);
		List<Timing> cards = readTogether(readers, card, READS);
		String loadAfter = Files.readString(Path.of("/proc/loadavg")).strip();

		String report = String.format("""
				## The participants' page: %d participants in one programme (H2 file database)

				1,500 minors with their legal representatives and 500 teachers per 2,000; set up in %d s; the page is \
				%d KiB of HTML; %d processors; load average before the reads: %s, after: %s

				| reading | reads | first byte p50 / p95 | whole page p50 / p95 |
				|---|---|---|---|
				""", PARTICIPANTS, setUpSeconds, kib, Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter)
				+ row("the list, " + READERS + " curators at once", together)
				+ row("the list, one curator alone", alone)
				+ row("a minor's card, " + READERS + " curators at once", cards);
		Files.createDirectories(Path.of("target/bench"));
		Files.writeString(Path.of("target/bench/participant-page.md"), report);
		System.out.println(report);
	}
}
