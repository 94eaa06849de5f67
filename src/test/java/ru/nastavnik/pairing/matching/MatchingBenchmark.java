package ru.nastavnik.pairing.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import ru.nastavnik.MemoryPeak;

/**
 * The optimal matching and the greedy baseline on two seeded random problems: a large school (1,600 mentees, 400
 * mentors, every pair admissible) and a municipality (100,000 mentees, 20,000 mentors, about 50 admissible mentors
 * each). Plain JUnit, no application context. Run with
 * {@code ./mvnw -q -Pbench test -Dtest=MatchingBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; the table goes to
 * {@code target/bench/matching.md} and to the standard output.
 */
class MatchingBenchmark {

	private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	private static final long SEED = 20260901L;

	private static final int SCHOOL_RUNS = 3;

	private static final int MUNICIPAL_CANDIDATES_PER_MENTEE = 50;

	private final List<String> lines = new ArrayList<>(List.of(
			"| Задача | Что измерено | Время | Пик кучи | Пик RSS процесса | Сумма оценок | Доля от оптимума | Без наставника |",
			"|---|---|---|---|---|---|---|---|"));

	/** Every mentee may go to every mentor: capacities 1–6, scores 1–100. */
	private static MatchingProblem school(Random random) {
		MatchingProblem.Builder builder = MatchingProblem.builder();
		for (int mentor = 0; mentor < 400; mentor++) {
			builder.mentor(100_000 + mentor, 1 + random.nextInt(6));
		}
		for (int mentee = 0; mentee < 1_600; mentee++) {
			builder.mentee(mentee);
			for (int mentor = 0; mentor < 400; mentor++) {
				builder.candidate(mentee, 100_000 + mentor, 1 + random.nextInt(100));
			}
		}
		return builder.build();
	}

	/** Each mentee may go to 50 distinct mentors drawn at random: capacities 1–8, scores 1–100. */
	private static MatchingProblem municipal(Random random) {
		int mentors = 20_000;
		MatchingProblem.Builder builder = MatchingProblem.builder();
		for (int mentor = 0; mentor < mentors; mentor++) {
			builder.mentor(1_000_000 + mentor, 1 + random.nextInt(8));
		}
		int[] drawnFor = new int[mentors];
		Arrays.fill(drawnFor, -1);
		for (int mentee = 0; mentee < 100_000; mentee++) {
			builder.mentee(mentee);
			for (int drawn = 0; drawn < MUNICIPAL_CANDIDATES_PER_MENTEE; drawn++) {
				int mentor = random.nextInt(mentors);
				while (drawnFor[mentor] == mentee) {
					mentor = random.nextInt(mentors);
				}
				drawnFor[mentor] = mentee;
				builder.candidate(mentee, 1_000_000 + mentor, 1 + random.nextInt(100));
			}
		}
		return builder.build();
	}

	private MatchingProblem build(String name, Supplier<MatchingProblem> problem) throws IOException {
		MemoryPeak peak = MemoryPeak.start();
		long started = System.nanoTime();
		MatchingProblem built = problem.get();
		long millis = (System.nanoTime() - started) / 1_000_000;
		lines.add(String.format(RUSSIAN,
				"| %s | построение задачи: %,d наставляемых, %,d наставников, %,d пар-кандидатов | %,d мс | %d МиБ | %d МиБ | | | |",
				name, built.menteeCount(), built.mentorCount(), built.candidateCount(), millis, peak.heapMiB(),
				peak.residentMiB()));
		return built;
	}

	/** One measured matching: its last assignment, the median time and the memory peaks over the runs. */
	private record Run(Assignment assignment, long millis, long heapMiB, long residentMiB) {
	}

	/** Runs the matching {@code runs} times (after a warm-up run when there are several) and measures them. */
	private static Run measure(Matching matching, MatchingProblem problem, int runs) throws IOException {
		if (runs > 1) {
			matching.assign(problem);
		}
		long[] millis = new long[runs];
		MemoryPeak peak = MemoryPeak.start();
		Assignment assignment = timed(matching, problem, millis, 0);
		for (int run = 1; run < runs; run++) {
			assignment = timed(matching, problem, millis, run);
		}
		long median = LongStream.of(millis).sorted().skip(runs / 2).findFirst().orElseThrow();
		Run measured = new Run(assignment, median, peak.heapMiB(), peak.residentMiB());
		MatchingPropertiesTests.assertRespects(problem, assignment);
		return measured;
	}

	private static Assignment timed(Matching matching, MatchingProblem problem, long[] millis, int run) {
		long started = System.nanoTime();
		Assignment assignment = matching.assign(problem);
		millis[run] = (System.nanoTime() - started) / 1_000_000;
		return assignment;
	}

	private void record(String name, String what, int runs, Run run, long optimum) {
		lines.add(String.format(RUSSIAN, "| %s | %s%s | %,d мс | %d МиБ | %d МиБ | %,d | %.4f | %,d |", name, what,
				runs > 1 ? ", медиана из " + runs : "", run.millis(), run.heapMiB(), run.residentMiB(),
				run.assignment().totalScore(), (double) run.assignment().totalScore() / optimum,
				run.assignment().unmatched().size()));
	}

	private void compare(String name, MatchingProblem problem, int runs) throws IOException {
		Run optimal = measure(new MinCostFlowMatching(), problem, runs);
		Run greedy = measure(new GreedyMatching(), problem, runs);
		long optimum = optimal.assignment().totalScore();
		assertThat(greedy.assignment().totalScore()).isLessThanOrEqualTo(optimum);
		record(name, "OR-Tools, поток минимальной стоимости (точный)", runs, optimal, optimum);
		record(name, "жадный: сначала пары с большей оценкой", runs, greedy, optimum);
	}

	@Test
	void schoolAndMunicipality() throws IOException {
		Random random = new Random(SEED);
		compare("школа", build("школа", () -> school(random)), SCHOOL_RUNS);
		compare("муниципалитет", build("муниципалитет", () -> municipal(random)), 1);
		String report = String.join("\n", lines) + "\n\nМашина: " + Runtime.getRuntime().availableProcessors()
				+ " ядра, куча до " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " МиБ; зерно " + SEED + ".\n";
		Path out = Path.of("target", "bench", "matching.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
		System.out.println(report);
	}
}
