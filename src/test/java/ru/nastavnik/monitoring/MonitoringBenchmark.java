package ru.nastavnik.monitoring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import ru.nastavnik.MemoryPeak;
import ru.nastavnik.feedback.FeedbackSteps;
import ru.nastavnik.feedback.Question;
import ru.nastavnik.feedback.Questionnaire;
import ru.nastavnik.feedback.RespondentRole;
import ru.nastavnik.organisation.Municipalities;
import ru.nastavnik.organisation.Municipality;
import ru.nastavnik.organisation.Organisation;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.participant.Enrolment;
import ru.nastavnik.participant.ParticipantInput.NewParticipant;
import ru.nastavnik.participant.ParticipantInput.Representative;
import ru.nastavnik.participant.ParticipantRole;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeManagement;
import ru.nastavnik.programme.StageOneDriver;
import ru.nastavnik.roster.ImportBenchmarkNames;

/**
 * The monitoring report of a school of 2,000 participants (1,500 pupils, 500 teachers as mentors), each evaluated at
 * the start and at the end and each answering the satisfaction questionnaire, with the quality review recorded, as PDF
 * and as XLSX; and the municipal read model over 50 organisations of 200 participants each — every programme's growth,
 * satisfaction and quality, and all of them pooled, as {@code /api/monitoring} computes it. The participants are
 * enrolled through the application; their base decisions, mentees' categories, both evaluations, the answers and the
 * review are written by SQL (the benchmark measures the reading). Time (median of runs) and the heap's peak. Run with
 * {@code ./mvnw -Pbench test -Dtest=MonitoringBenchmark}; the figures go to {@code target/bench/monitoring.md}.
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:file:./target/bench/monitoring-${random.uuid};DB_CLOSE_ON_EXIT=FALSE",
		"camunda.bpm.job-execution.enabled=false", "spring.mail.host=" })
@ActiveProfiles("default")
class MonitoringBenchmark {

	static final int PARTICIPANTS = Integer.getInteger("bench.participants", 2_000);

	static final int ORGANISATIONS = Integer.getInteger("bench.organisations", 50);

	static final int PER_ORGANISATION = 200;

	static final int RUNS = 5;

	@Autowired
	StageOneDriver stageOne;

	@Autowired
	Enrolment enrolment;

	@Autowired
	ProgrammeManagement management;

	@Autowired
	Organisations organisations;

	@Autowired
	Municipalities municipalities;

	@Autowired
	MonitoringReport report;

	@Autowired
	ProgrammeGrowth growth;

	@Autowired
	ProgrammeSatisfaction satisfaction;

	@Autowired
	ProgrammeQuality quality;

	@Autowired
	JdbcTemplate jdbc;

	/** The programme's participants: three pupils to a teacher, each evaluated twice on their set. */
	private void seed(Programme programme, int count, int offset) {
		LocalDate startsOn = programme.getStartsOn();
		List<NewParticipant> inputs = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			boolean pupil = i % 4 != 3;
			String name = (pupil ? "Ученикова " : "Педагогова ") + ImportBenchmarkNames.name(offset + i);
			inputs.add(pupil
					? new NewParticipant(name, startsOn.minusYears(10).minusDays((offset + i) % 2000),
							(5 + i % 7) + " «А»", ParticipantRole.MENTEE, null, null,
							new Representative("Родителева " + ImportBenchmarkNames.name(offset + i), null, null))
					: new NewParticipant(name, startsOn.minusYears(30).minusDays((offset + i) % 3000), "учитель",
							ParticipantRole.MENTOR, null, null, null));
		}
		enrolment.enrolAll(programme, inputs, "curator-school3", written -> {
		});
		Timestamp now = Timestamp.from(Instant.now());
		String[] categories = { "PUPIL_GIFTED", "PUPIL_LOW_MOTIVATION", "PUPIL_HARD_CHOICE" };
		List<Object[]> questionnaires = new ArrayList<>();
		List<Object[]> evaluations = new ArrayList<>();
		List<Long> ids = jdbc.queryForList("select id from participant where programme_id = ? order by id", Long.class,
				programme.getId());
		for (int i = 0; i < ids.size(); i++) {
			Long id = ids.get(i);
			if (i % 4 != 3) {
				questionnaires.add(new Object[] { id, categories[i % categories.length], now });
			}
			evaluations.add(new Object[] { id, "START", now });
			evaluations.add(new Object[] { id, "END", now });
		}
		jdbc.update("update participant set status = 'IN_BASE' where programme_id = ?", programme.getId());
		jdbc.batchUpdate("insert into mentee_questionnaire (participant_id, category, submitted_by, submitted_at)"
				+ " values (?, ?, 'curator-school3', ?)", questionnaires);
		jdbc.batchUpdate("insert into evaluation (participant_id, stage, evaluated_by, evaluated_at) values (?, ?,"
				+ " 'workgroup-school3', ?)", evaluations);
		// the start's scores by the participant's number; the end a point higher for two in three
		jdbc.update("insert into evaluation_score (evaluation_id, parameter_code, score) select e.id, p.code,"
				+ " case when e.stage = 'START' then 2 + mod(e.participant_id, 3) else 2 + mod(e.participant_id, 3)"
				+ " + case when mod(e.participant_id + p.position, 3) = 0 then 0 else 1 end end from evaluation e"
				+ " join participant x on x.id = e.participant_id join evaluation_parameter p on p.role = x.role and"
				+ " p.audience = 'PUPILS' where x.programme_id = ?",
				programme.getId());
		satisfied(programme, now);
		jdbc.update("insert into programme_quality_review (programme_id, organisation_id, strengths, weaknesses,"
				+ " opportunities, threats, figures, recorded_at, recorded_by) values (?, ?, 'Опытные наставники',"
				+ " 'Мало встреч весной', 'Партнёр — технопарк', 'Нагрузка педагогов', 'Цифры системы', ?,"
				+ " 'workgroup-school3')", programme.getId(), programme.getOrganisation().getId(), now);
		Long review = jdbc.queryForObject("select id from programme_quality_review where programme_id = ?", Long.class,
				programme.getId());
		jdbc.batchUpdate("insert into programme_quality_score (review_id, criterion, score) values (?, ?, ?)",
				java.util.Arrays.stream(QualityCriterion.values())
					.map(criterion -> new Object[] { review, criterion.code(), 3 + criterion.ordinal() % 3 }).toList());
	}

	/** Everyone answered the closed satisfaction round (step 27): a score from 5 to 10, «да» for one in two. */
	private void satisfied(Programme programme, Timestamp now) {
		jdbc.update("insert into feedback_round (programme_id, organisation_id, step, opened_at, due_at, closed_at,"
				+ " closed_by) values (?, ?, ?, ?, ?, ?, 'workgroup-school3')", programme.getId(),
				programme.getOrganisation().getId(), FeedbackSteps.SATISFACTION, now, now, now);
		Long round = jdbc.queryForObject("select id from feedback_round where programme_id = ? and step = ?",
				Long.class, programme.getId(), FeedbackSteps.SATISFACTION);
		jdbc.update("insert into feedback_request (round_id, organisation_id, participant_id, respondent_role,"
				+ " token_hash, expires_at, answered_at) select ?, ?, x.id, x.role, concat('bench-', x.id), ?, ? from"
				+ " participant x where x.programme_id = ?", round, programme.getOrganisation().getId(), now, now,
				programme.getId());
		jdbc.update("insert into feedback_answer (round_id, request_id, respondent_role, answered_at, answered_via)"
				+ " select r.round_id, r.id, r.respondent_role, ?, 'LINK' from feedback_request r where r.round_id = ?",
				now, round);
		for (RespondentRole role : RespondentRole.values()) {
			for (Question question : Questionnaire.SATISFACTION.questions(role)) {
				jdbc.update("insert into feedback_answer_score (answer_id, question, score) select a.id, ?, "
						+ (question.scale().yesNo() ? "mod(a.id, 2)" : "5 + mod(a.id, 6)") + " from feedback_answer a"
						+ " where a.round_id = ? and a.respondent_role = ?", question.code(), round, role.name());
			}
		}
	}

	/** The median of the runs' times, in milliseconds. */
	private static long median(int runs, Supplier<?> work) {
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			work.get();
			times.add((System.nanoTime() - start) / 1_000_000);
		}
		Collections.sort(times);
		return times.get(times.size() / 2);
	}

	@Test
	void shouldReportOnTwoThousandAndAggregateFiftyOrganisations() throws Exception {
		Programme school = stageOne.startSchoolProgramme();
		long setUp = System.nanoTime();
		seed(school, PARTICIPANTS, 0);
		Municipality municipality = municipalities.save(new Municipality("Бенчмарк-округ " + Instant.now()));
		List<Programme> programmes = new ArrayList<>();
		for (int i = 0; i < ORGANISATIONS; i++) {
			Organisation organisation = organisations.save(new Organisation("bench-" + System.nanoTime() + "-" + i,
					"Школа № " + (i + 1) + " бенчмарк-округа", OrganisationKind.SCHOOL, municipality, null));
			Programme programme = management.start(organisation, school.getAcademicYear(), "director-school3");
			seed(programme, PER_ORGANISATION, PARTICIPANTS + i * PER_ORGANISATION);
			programmes.add(programme);
		}
		long setUpSeconds = (System.nanoTime() - setUp) / 1_000_000_000;

		// warm up each path once
		byte[] pdf = report.pdf(school);
		byte[] xlsx = report.xlsx(school);
		growth.of(programmes);
		String printed = ru.nastavnik.document.PrintedPdf.read(pdf).text();
		if (!printed.contains("Распределение оценок эффективности программы") || !printed.contains("SWOT-анализ")) {
			throw new IllegalStateException("В отчёте нет удовлетворённости или качества программы");
		}

		MemoryPeak schoolPeak = MemoryPeak.start();
		long pdfMs = median(RUNS, () -> report.pdf(school));
		long xlsxMs = median(RUNS, () -> report.xlsx(school));
		long growthMs = median(RUNS, () -> growth.of(school));
		long schoolHeap = schoolPeak.heapMiB();

		MemoryPeak municipalPeak = MemoryPeak.start();
		// as /api/monitoring computes it: each programme's growth, satisfaction and quality, and all pooled
		long municipalMs = median(3, () -> {
			programmes.forEach(programme -> {
				growth.of(programme);
				satisfaction.of(programme);
				quality.view(programme);
			});
			return growth.of(programmes);
		});
		long municipalHeap = municipalPeak.heapMiB();
		ProgrammeGrowth.Growth pooled = growth.of(programmes);

		String result = String.format("""
				## Monitoring report and municipal read model (H2 file database)

				%d processors, max heap %d MiB; set up (enrolment through the application, evaluations by SQL) in %d s. \
				Median of %d runs (%d for the municipality); heap peak is the sum of the heap pools' peaks over the runs.

				| what | size | time (median) | heap peak |
				|---|---|---|---|
				| report PDF with its charts | %d participants, %d KiB | %d ms | %d MiB (with the XLSX and the comparison) |
				| report XLSX with native charts | %d participants, %d KiB | %d ms | |
				| the comparison alone (the monitoring page) | %d participants | %d ms | |
				| municipal read model: each programme and all pooled | %d organisations × %d participants (%d compared) | %d ms | %d MiB |
				""", Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
				setUpSeconds, RUNS, 3, PARTICIPANTS, pdf.length / 1024, pdfMs, schoolHeap, PARTICIPANTS,
				xlsx.length / 1024, xlsxMs, PARTICIPANTS, growthMs, ORGANISATIONS, PER_ORGANISATION, pooled.compared(),
				municipalMs, municipalHeap);
		Files.createDirectories(Path.of("target/bench"));
		Files.writeString(Path.of("target/bench/monitoring.md"), result);
		System.out.println(result);
		if (pooled.compared() != ORGANISATIONS * PER_ORGANISATION) {
			throw new IllegalStateException("Сравнено " + pooled.compared() + " участников вместо "
					+ ORGANISATIONS * PER_ORGANISATION);
		}
	}
}
