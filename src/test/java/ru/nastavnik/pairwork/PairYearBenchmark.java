package ru.nastavnik.pairwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.EmbeddedPostgresServer;
import ru.nastavnik.NastavnikApplication;
import ru.nastavnik.pairing.PairActivation;
import ru.nastavnik.pairing.PairingProcess;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.Programmes;
import ru.nastavnik.programme.StageOneDriver;
import ru.nastavnik.security.CurrentUser;

/**
 * Stage VI, «Tasklist must not drown»: a school of {@value #DEFAULT_PAIRS} pairs through a whole year of weekly
 * meetings, on H2 (a file database) and on PostgreSQL (zonky's binaries, {@link EmbeddedPostgresServer}), each in an
 * application of its own started here and closed after its year. Each pair is activated as the approved order does
 * it ({@link PairActivation#startWork}, the real process variables), holds its organisational, trial and planning
 * meetings through the working group's forms ({@link PairWorkDriver}), then meets weekly for the school year: about
 * 95 % of the pairs record a meeting each week (through {@link MeetingLog#record}, and in one or more weeks through
 * {@code POST /api/pairs/{id}/meetings} with HTTP Basic, timed), the others stay silent, so the day after their
 * meeting was due with the plan's tolerance the check raises «Выяснить причину пропуска встреч», answered three days
 * later. The clock moves a day at a time and the due timers of the pairs' processes run as the job executor would.
 * At the end every pair holds its final meeting, and the history the year left is counted. The REST timings stand
 * beside a bare {@link TaskService#complete} of as many trivial tasks in the same application.
 * <p>
 * Run with {@code ./mvnw -Pbench test -Dtest=PairYearBenchmark}; {@code -Dbench.pairs=N} sizes the school
 * (default {@value #DEFAULT_PAIRS}). Each database writes {@code target/bench/pair-year-<db>.properties}, and
 * {@code target/bench/pair-year.md} is drawn from those there are.
 */
class PairYearBenchmark {

	static final int DEFAULT_PAIRS = 1_000;

	static final int PAIRS = Integer.getInteger("bench.pairs", DEFAULT_PAIRS);

	/** Timed calls of each kind: the REST meeting records and the bare completions. */
	static final int TIMED_CALLS = Integer.getInteger("bench.calls", 1_000);

	static final double SILENT_SHARE = 0.05;

	/** Days after its check raised it that an inquiry is answered. */
	static final int DAYS_TO_ANSWER = 3;

	static final String TENANT = StageOneDriver.SCHOOL;

	static final String WORKING_GROUP = PairWorkDriver.WORKING_GROUP;

	static final String CURATOR = "curator-school3";

	static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

	static final Path OUT = Path.of("target/bench");

	static final List<String> BUSINESS_TABLES = List.of("pair_meeting", "individual_plan", "plan_goal", "plan_task",
			"missed_meetings_inquiry");

	@Test
	void h2() throws Exception {
		String name = "pair-year-" + UUID.randomUUID();
		Path file = OUT.resolve(name + ".mv.db");
		Files.createDirectories(OUT);
		try (ConfigurableApplicationContext context = start(List.of("default"),
				"spring.datasource.url=jdbc:h2:file:./target/bench/" + name + ";DB_CLOSE_ON_EXIT=FALSE")) {
			Map<String, String> figures = new Year(context, "H2", file).run();
			write("h2", figures);
		}
	}

	@Test
	void postgres() throws Exception {
		EmbeddedPostgresServer server = EmbeddedPostgresServer.shared();
		try {
			try (ConfigurableApplicationContext context = start(List.of("default", "postgres"),
					"spring.datasource.url=" + server.jdbcUrl(), "spring.datasource.username=postgres",
					"spring.datasource.password=")) {
				Map<String, String> figures = new Year(context, "PostgreSQL", null).run();
				write("postgres", figures);
			}
		}
		finally {
			server.stop();
		}
	}

	/**
	 * The application with the demo's organisations and people (the default profile) and the given profiles, the job
	 * executor off; the properties go on its command line, above the profiles' own files.
	 */
	private static ConfigurableApplicationContext start(List<String> profiles, String... properties) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--camunda.bpm.job-execution.enabled=false",
				"--spring.mail.host=localhost", "--spring.mail.port=3999"));
		for (String property : properties) {
			arguments.add("--" + property);
		}
		return new SpringApplicationBuilder(NastavnikApplication.class).profiles(profiles.toArray(String[]::new))
			.run(arguments.toArray(String[]::new));
	}

	/** One school year of the pairs in one application. */
	static final class Year {

		final String database;

		final Path h2File;

		final JdbcTemplate jdbc;

		final DataSource dataSource;

		final TransactionTemplate transaction;

		final RuntimeService runtimeService;

		final TaskService taskService;

		final FormService formService;

		final IdentityService identityService;

		final ManagementService managementService;

		final RepositoryService repositoryService;

		final StageOneDriver stageOne;

		final Programmes programmes;

		final PairActivation activation;

		final PairWorkDriver pairWork;

		final MeetingLog meetingLog;

		final int port;

		final Random random = new Random(2030);

		final Map<String, String> figures = new LinkedHashMap<>();

		Programme programme;

		List<Long> pairIds;

		/** The open tasks and timers of the pairs' processes at the busiest moment, and when it was. */
		long maxTasks;

		String maxTasksWhen = "";

		long maxTasksRegular;

		String maxTasksRegularWhen = "";

		long maxTasksOfAPair;

		long maxTimers;

		String maxTimersWhen = "";

		long timersRun;

		long inquiriesAnswered;

		long silentPairWeeks;

		final List<Long> restNanos = new ArrayList<>();

		final List<Long> serviceNanos = new ArrayList<>();

		final List<Long> bareNanos = new ArrayList<>();

		Set<String> workingGroupGroups;

		Year(ConfigurableApplicationContext context, String database, Path h2File) {
			this.database = database;
			this.h2File = h2File;
			this.jdbc = context.getBean(JdbcTemplate.class);
			this.dataSource = context.getBean(DataSource.class);
			this.transaction = context.getBean(TransactionTemplate.class);
			this.runtimeService = context.getBean(RuntimeService.class);
			this.taskService = context.getBean(TaskService.class);
			this.formService = context.getBean(FormService.class);
			this.identityService = context.getBean(IdentityService.class);
			this.managementService = context.getBean(ManagementService.class);
			this.repositoryService = context.getBean(RepositoryService.class);
			this.stageOne = context.getBean(StageOneDriver.class);
			this.programmes = context.getBean(Programmes.class);
			this.activation = context.getBean(PairActivation.class);
			this.pairWork = context.getBean(PairWorkDriver.class);
			this.meetingLog = context.getBean(MeetingLog.class);
			this.port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
		}

		Map<String, String> run() throws Exception {
			long started = System.nanoTime();
			programme = stageOne.startSchoolProgramme();
			workingGroupGroups = groups(WORKING_GROUP);
			LocalDate activatedOn = programme.getStartsOn().plusDays(20);
			setDay(activatedOn);
			pairIds = insertPairs();
			Sizes before = sizes();
			for (Long pairId : pairIds) {
				transaction.executeWithoutResult(status -> activation.startWork(
						programmes.findById(programme.getId()).orElseThrow(), pairId));
			}
			observe("пары начали работу (" + activatedOn + ")", false);
			long setup = System.nanoTime();

			// the first meetings, a week apart, as the working group records them on each pair's task
			LocalDate day = activatedOn.plusDays(1);
			for (String step : List.of("holdOrganisationalMeetings", "holdTrialMeetings", "holdPlanningMeetings")) {
				setDay(day);
				pairWork.workPairs(programme.getId(), step, TENANT);
				observe(step + " (" + day + ")", false);
				day = day.plusDays(7);
			}
			LocalDate planning = day.minusDays(7);
			long firstMeetings = System.nanoTime();

			// the regular meetings, a week apart, until the final meeting's time two weeks before the term ends
			String termEnds = (String) runtimeService.getVariable(processOf(pairIds.get(0)),
					"termEndsAt");
			LocalDate finalFrom = LocalDateTime.parse(termEnds).toLocalDate().minusDays(14);
			int weeks = (int) ((finalFrom.toEpochDay() - planning.toEpochDay() - 1) / 7);
			int restWeek = Math.min(8, weeks);
			CurrentUser recorder = new CurrentUser(WORKING_GROUP, workingGroupGroups, Set.of(TENANT));
			long regular = 0;
			for (int week = 1; week <= weeks; week++) {
				LocalDate meetingDay = planning.plusDays(7L * week);
				for (int offset = 0; offset < 7 && meetingDay.plusDays(offset).isBefore(finalFrom); offset++) {
					LocalDate today = meetingDay.plusDays(offset);
					setDay(today);
					runDueTimers();
					observe("неделя " + week + ", " + today, true);
					answerInquiries(today);
					if (offset == 0) {
						boolean overRest = week >= restWeek && restNanos.size() < TIMED_CALLS;
						boolean warmUp = week == restWeek - 1;
						int index = 0;
						for (Long pairId : pairIds) {
							index++;
							if (random.nextDouble() < SILENT_SHARE) {
								silentPairWeeks++;
								continue;
							}
							if (overRest && restNanos.size() < TIMED_CALLS || warmUp && index <= 50) {
								long callStarted = System.nanoTime();
								recordThroughRest(pairId, today);
								if (overRest) {
									restNanos.add(System.nanoTime() - callStarted);
								}
							}
							else {
								long callStarted = System.nanoTime();
								meetingLog.record(pairId, new MeetingLog.NewMeeting(today, 45, MeetingFormat.IN_PERSON,
										MeetingAttendance.BOTH, "Разбор задач", "Разобрали две задачи", null), recorder);
								serviceNanos.add(System.nanoTime() - callStarted);
							}
							regular++;
						}
					}
				}
				System.out.printf("[%s] неделя %d из %d: задач %d, таймеров %d, %d с%n", database, week, weeks,
						count(openTasks()), count(timers()), (System.nanoTime() - started) / 1_000_000_000);
			}
			assertThat(restNanos).as("REST calls timed").isNotEmpty();
			// what is still open is answered before the term's end
			setDay(finalFrom.minusDays(1));
			answerInquiries(finalFrom.plusDays(DAYS_TO_ANSWER));
			long regularMeetings = System.nanoTime();

			// the final meeting: the regular meetings end, the goals are assessed, the form is submitted
			setDay(finalFrom);
			pairWork.workPairs(programme.getId(), "holdFinalPairMeetings", TENANT);
			observe("заключительные встречи (" + finalFrom + ")", false);
			assertThat(count(openTasks())).isZero();
			assertThat(count(timers())).isZero();
			assertThat(jdbc.queryForObject("select count(*) from act_hi_procinst where end_time_ is not null and "
					+ "proc_inst_id_ in (" + processesOfProgramme() + ")", Long.class, programme.getId()))
				.isEqualTo(PAIRS);
			long finals = System.nanoTime();
			Sizes after = sizes();

			bareCompletes();
			long end = System.nanoTime();

			figures.put("database", database);
			figures.put("pairs", String.valueOf(PAIRS));
			figures.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
			figures.put("weeks", weeks + " (" + planning.plusDays(7) + " — " + planning.plusDays(7L * weeks) + ")");
			long meetings = jdbc.queryForObject("select count(*) from pair_meeting where programme_id = ?", Long.class,
					programme.getId());
			figures.put("meetings", meetings + " (регулярных " + regular + ")");
			long tasks = jdbc.queryForObject("select count(*) from act_hi_taskinst where proc_inst_id_ in ("
					+ processesOfProgramme() + ")", Long.class, programme.getId());
			long inquiries = jdbc.queryForObject("select count(*) from act_hi_taskinst where task_def_key_ = ? and "
					+ "proc_inst_id_ in (" + processesOfProgramme() + ")", Long.class,
					PairWorkProcess.CLARIFY_MISSED_MEETINGS, programme.getId());
			figures.put("tasks", tasks + " (из них «Выяснить причину пропуска встреч» — " + inquiries + "; пар-недель "
					+ "без встречи — " + silentPairWeeks + ")");
			figures.put("maxTasks", maxTasks + " (" + maxTasksWhen + ")");
			figures.put("maxTasksRegular", maxTasksRegular + " (" + maxTasksRegularWhen + ")");
			figures.put("maxTasksOfAPair", String.valueOf(maxTasksOfAPair));
			figures.put("maxTimers", maxTimers + " (" + maxTimersWhen + ")");
			figures.put("timersRun", String.valueOf(timersRun));
			historyRows();
			figures.put("engineBytes", perPair(after.engine - before.engine) + " байт (всего "
					+ mib(after.engine - before.engine) + ")");
			figures.put("businessBytes", perPair(after.business - before.business) + " байт (всего "
					+ mib(after.business - before.business) + ")");
			figures.put("sizeMethod", after.method);
			if (h2File != null) {
				figures.put("fileBytes", perPair(after.file - before.file) + " байт (файл " + mib(before.file) + " → "
						+ mib(after.file) + ")");
			}
			figures.put("rest", percentiles(restNanos));
			figures.put("service", percentiles(serviceNanos));
			figures.put("bare", percentiles(bareNanos));
			figures.put("durations", String.format("подготовка %d с, первые встречи %d с, регулярные %d с, "
					+ "заключительные %d с, голый complete %d с", seconds(started, setup), seconds(setup, firstMeetings),
					seconds(firstMeetings, regularMeetings), seconds(regularMeetings, finals), seconds(finals, end)));
			return figures;
		}

		/** Mentors and mentees as the enrolment leaves them, and their pairs as the approved order fixes them. */
		private List<Long> insertPairs() {
			Long programmeId = programme.getId();
			Long organisationId = programme.getOrganisation().getId();
			Timestamp now = Timestamp.from(ClockUtil.getCurrentTime().toInstant());
			LocalDate start = programme.getStartsOn();
			List<Long> ids = new ArrayList<>();
			for (int i = 0; i < PAIRS; i++) {
				Long mentor = participant(organisationId, programmeId, "Наставник Номер " + i, "MENTOR", false,
						start.minusYears(30 + i % 30), now);
				Long mentee = participant(organisationId, programmeId, "Наставляемый Номер " + i, "MENTEE", true,
						start.minusYears(12 + i % 5).minusDays(i % 365), now);
				jdbc.update("insert into mentoring_pair (programme_id, mentor_id, mentee_id, form, status, source, score, "
						+ "requests_score, form_score, preference_score, compatibility_score, explanation, flagged, "
						+ "proposed_by, proposed_at, activated_at) values (?, ?, ?, 'TEACHER_PUPIL', 'ACTIVE', 'SOLVER', "
						+ "50, 20, 10, 0, 20, 'Замер: пара создана напрямую', false, 'bench', ?, ?)", programmeId, mentor,
						mentee, now, now);
				ids.add(jdbc.queryForObject("select max(id) from mentoring_pair", Long.class));
			}
			return ids;
		}

		private Long participant(Long organisationId, Long programmeId, String name, String role, boolean minor,
				LocalDate born, Timestamp now) {
			jdbc.update("insert into person (organisation_id, full_name, name_key, birth_date, email) values "
					+ "(?, ?, ?, ?, ?)", organisationId, name, name.toLowerCase(), java.sql.Date.valueOf(born),
					null);
			Long person = jdbc.queryForObject("select max(id) from person", Long.class);
			jdbc.update("insert into participant (programme_id, person_id, role, minor, source, status, "
					+ "interview_outcome, added_by, added_at) values (?, ?, ?, ?, 'CURATOR', 'IN_BASE', ?, 'bench', ?)",
					programmeId, person, role, minor, minor ? null : Boolean.TRUE, now);
			return jdbc.queryForObject("select max(id) from participant", Long.class);
		}

		private void recordThroughRest(Long pairId, LocalDate heldOn) throws IOException, InterruptedException {
			String body = "{\"heldOn\":\"" + heldOn + "\",\"durationMinutes\":45,\"format\":\"ONLINE\","
					+ "\"attendance\":\"BOTH\",\"topic\":\"Разбор задач\",\"done\":\"Разобрали задачи пробного варианта\","
					+ "\"nextSteps\":\"Решить вариант № 6\"}";
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/pairs/" + pairId
					+ "/meetings"))
				.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((WORKING_GROUP + ":demo")
					.getBytes(StandardCharsets.UTF_8)))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
				.build();
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		}

		/** Runs the pairs' timers that are due, as the job executor would, each in its own transaction. */
		private void runDueTimers() {
			while (true) {
				List<String> due = jdbc.queryForList("select id_ from act_ru_job where type_ = 'timer' and duedate_ <= ? "
						+ "and process_instance_id_ in (" + processesOfProgramme() + ")", String.class,
						Timestamp.from(ClockUtil.getCurrentTime().toInstant()), programme.getId());
				if (due.isEmpty()) {
					return;
				}
				for (String job : due) {
					managementService.executeJob(job);
					timersRun++;
				}
			}
		}

		/** The inquiries raised at least {@link #DAYS_TO_ANSWER} days before, answered by their group. */
		private void answerInquiries(LocalDate today) {
			Date raisedBy = Date.from(today.minusDays(DAYS_TO_ANSWER).plusDays(1).atStartOfDay(ZONE).toInstant());
			List<String> ids = jdbc.queryForList("select id_ from act_ru_task where task_def_key_ = ? and create_time_ < ?"
					+ " and proc_inst_id_ in (" + processesOfProgramme() + ")", String.class,
					PairWorkProcess.CLARIFY_MISSED_MEETINGS, new Timestamp(raisedBy.getTime()), programme.getId());
			for (String id : ids) {
				boolean workingGroup = taskService.getIdentityLinksForTask(id).stream()
					.anyMatch(link -> "working-group".equals(link.getGroupId()));
				String login = workingGroup ? WORKING_GROUP : CURATOR;
				identityService.setAuthentication(login, List.copyOf(groups(login)), List.of(TENANT));
				try {
					formService.submitTaskForm(id, Map.of(PairWorkProcess.Field.MISSED_REASON, "ILLNESS",
							PairWorkProcess.Field.INQUIRY_COMMENT, "Наставляемый болел, встречу перенесли"));
				}
				finally {
					identityService.clearAuthentication();
				}
				inquiriesAnswered++;
			}
		}

		private void observe(String when, boolean regularPhase) {
			long tasks = count(openTasks());
			long timers = count(timers());
			if (tasks > maxTasks) {
				maxTasks = tasks;
				maxTasksWhen = when;
			}
			if (regularPhase && tasks > maxTasksRegular) {
				maxTasksRegular = tasks;
				maxTasksRegularWhen = when;
			}
			if (timers > maxTimers) {
				maxTimers = timers;
				maxTimersWhen = when;
			}
			Long ofAPair = jdbc.queryForObject("select max(n) from (select count(*) n from act_ru_task where proc_inst_id_"
					+ " in (" + processesOfProgramme() + ") group by proc_inst_id_) t", Long.class, programme.getId());
			if (ofAPair != null && ofAPair > maxTasksOfAPair) {
				maxTasksOfAPair = ofAPair;
			}
		}

		private String openTasks() {
			return "select count(*) from act_ru_task where proc_inst_id_ in (" + processesOfProgramme() + ")";
		}

		private String timers() {
			return "select count(*) from act_ru_job where type_ = 'timer' and process_instance_id_ in ("
					+ processesOfProgramme() + ")";
		}

		private long count(String sql) {
			return jdbc.queryForObject(sql, Long.class, programme.getId());
		}

		private static String processesOfProgramme() {
			return "select process_instance_id from mentoring_pair where programme_id = ?";
		}

		private String processOf(Long pairId) {
			return jdbc.queryForObject("select process_instance_id from mentoring_pair where id = ?", String.class,
					pairId);
		}

		/** The engine's history rows of the pairs' processes, table by table, and the business rows, per pair-year. */
		private void historyRows() throws SQLException {
			Map<String, Long> engine = new TreeMap<>();
			try (Connection connection = dataSource.getConnection()) {
				DatabaseMetaData meta = connection.getMetaData();
				try (ResultSet columns = meta.getColumns(null, null, "%", "%")) {
					while (columns.next()) {
						String table = columns.getString("TABLE_NAME").toLowerCase();
						String schema = String.valueOf(columns.getString("TABLE_SCHEM")).toLowerCase();
						if (!schema.equals("public") || !columns.getString("COLUMN_NAME").equalsIgnoreCase(
								"root_proc_inst_id_") || !(table.startsWith("act_hi_") || table.equals("act_ge_bytearray"))) {
							continue;
						}
						engine.put(table, 0L);
					}
				}
			}
			engine.replaceAll((table, none) -> jdbc.queryForObject("select count(*) from " + table
					+ " where root_proc_inst_id_ in (" + processesOfProgramme() + ")", Long.class, programme.getId()));
			long history = engine.entrySet().stream().filter(entry -> entry.getKey().startsWith("act_hi_"))
				.mapToLong(Map.Entry::getValue).sum();
			figures.put("historyRows", String.format("%.1f", history / (double) PAIRS));
			figures.put("historyRowsByTable", engine.entrySet().stream().filter(entry -> entry.getValue() > 0)
				.map(entry -> entry.getKey() + " " + String.format("%.1f", entry.getValue() / (double) PAIRS))
				.collect(Collectors.joining(", ")));
			Map<String, Long> business = new LinkedHashMap<>();
			business.put("pair_meeting", count("select count(*) from pair_meeting where programme_id = ?"));
			business.put("individual_plan", count("select count(*) from individual_plan where pair_id in "
					+ "(select id from mentoring_pair where programme_id = ?)"));
			business.put("plan_goal", count("select count(*) from plan_goal where plan_id in (select id from "
					+ "individual_plan where pair_id in (select id from mentoring_pair where programme_id = ?))"));
			business.put("plan_task", count("select count(*) from plan_task where goal_id in (select id from plan_goal "
					+ "where plan_id in (select id from individual_plan where pair_id in (select id from mentoring_pair "
					+ "where programme_id = ?)))"));
			business.put("missed_meetings_inquiry", count("select count(*) from missed_meetings_inquiry where pair_id in"
					+ " (select id from mentoring_pair where programme_id = ?)"));
			long total = business.values().stream().mapToLong(Long::longValue).sum();
			figures.put("businessRows", String.format("%.1f", total / (double) PAIRS));
			figures.put("businessRowsByTable", business.entrySet().stream()
				.map(entry -> entry.getKey() + " " + String.format("%.1f", entry.getValue() / (double) PAIRS))
				.collect(Collectors.joining(", ")));
		}

		record Sizes(long engine, long business, long file, String method) {
		}

		/** The bytes of the history tables and of the business tables; on H2 also the file. */
		private Sizes sizes() throws IOException {
			if (h2File == null) {
				String tables = "select c.oid from pg_class c join pg_namespace n on n.oid = c.relnamespace where "
						+ "n.nspname = 'public' and c.relkind = 'r' and ";
				Long engine = jdbc.queryForObject("select sum(pg_total_relation_size(oid)) from (" + tables
						+ "(c.relname like 'act\\_hi\\_%' or c.relname = 'act_ge_bytearray')) t", Long.class);
				Long business = jdbc.queryForObject("select sum(pg_total_relation_size(oid)) from (" + tables
						+ "c.relname in ('" + String.join("', '", BUSINESS_TABLES) + "')) t", Long.class);
				return new Sizes(engine, business, 0,
						"PostgreSQL: сумма pg_total_relation_size (таблица, индексы, TOAST) по act_hi_* и act_ge_bytearray; "
								+ "по бизнес-таблицам — " + String.join(", ", BUSINESS_TABLES));
			}
			List<String> engineTables = jdbc.queryForList("select table_name from information_schema.tables where "
					+ "table_schema = 'PUBLIC' and (table_name like 'ACT\\_HI\\_%' or table_name = 'ACT_GE_BYTEARRAY')",
					String.class);
			long engine = engineTables.stream().mapToLong(this::diskSpace).sum();
			long business = BUSINESS_TABLES.stream().map(String::toUpperCase).mapToLong(this::diskSpace).sum();
			jdbc.execute("checkpoint");
			return new Sizes(engine, business, Files.size(h2File),
					"H2: сумма DISK_SPACE_USED по act_hi_* и act_ge_bytearray (страницы MVStore таблицы и её индексов); "
							+ "по бизнес-таблицам — " + String.join(", ", BUSINESS_TABLES));
		}

		private long diskSpace(String table) {
			return jdbc.queryForObject("select disk_space_used(?)", Long.class, table);
		}

		/** As many trivial one-task processes completed one by one with a bare {@link TaskService#complete}. */
		private void bareCompletes() {
			BpmnModelInstance model = Bpmn.createExecutableProcess("bench-bare-task").camundaHistoryTimeToLive(1)
				.startEvent().userTask("bareTask").endEvent().done();
			repositoryService.createDeployment().addModelInstance("bench-bare-task.bpmn", model).deploy();
			int warmUp = 50;
			for (int i = 0; i < TIMED_CALLS + warmUp; i++) {
				runtimeService.startProcessInstanceByKey("bench-bare-task",
						Map.of("organisationId", programme.getOrganisation().getId()));
			}
			List<Task> tasks = taskService.createTaskQuery().processDefinitionKey("bench-bare-task").list();
			assertThat(tasks).hasSize(TIMED_CALLS + warmUp);
			for (int i = 0; i < tasks.size(); i++) {
				long started = System.nanoTime();
				taskService.complete(tasks.get(i).getId());
				if (i >= warmUp) {
					bareNanos.add(System.nanoTime() - started);
				}
			}
		}

		private Set<String> groups(String login) {
			return identityService.createGroupQuery().groupMember(login).list().stream().map(group -> group.getId())
				.collect(Collectors.toSet());
		}

		private static void setDay(LocalDate day) {
			ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).atZone(ZONE).toInstant()));
		}

		private String perPair(long bytes) {
			return String.format("%,d", bytes / PAIRS).replace(',', ' ');
		}
	}

	static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10)).build();

	static String percentiles(List<Long> nanos) {
		if (nanos.isEmpty()) {
			return "—";
		}
		long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
		return String.format("%.1f / %.1f мс (n = %d)", sorted[(sorted.length - 1) / 2] / 1e6,
				sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6, sorted.length);
	}

	static String mib(long bytes) {
		return String.format("%.1f МиБ", bytes / 1024.0 / 1024.0);
	}

	static long seconds(long from, long to) {
		return (to - from) / 1_000_000_000;
	}

	/** The rows of the report: a key of the figures and its label in Russian. */
	static final Map<String, String> ROWS = rows();

	private static Map<String, String> rows() {
		Map<String, String> rows = new LinkedHashMap<>();
		rows.put("pairs", "Пар (процессов `mentoring-pair`)");
		rows.put("weeks", "Недель регулярных встреч");
		rows.put("meetings", "Встреч записано в журнал за год");
		rows.put("tasks", "Пользовательских задач создано за год");
		rows.put("maxTasks", "Открытых задач в самый загруженный момент года");
		rows.put("maxTasksRegular", "Открытых задач в самый загруженный момент регулярных встреч");
		rows.put("maxTasksOfAPair", "Наибольшее число открытых задач у одной пары");
		rows.put("maxTimers", "Заданий-таймеров в самый загруженный момент");
		rows.put("timersRun", "Таймеров сработало за год");
		rows.put("historyRows", "Строк истории движка (act_hi_*) на пару-год");
		rows.put("historyRowsByTable", "…по таблицам (и act_ge_bytearray) на пару-год");
		rows.put("businessRows", "Строк бизнес-таблиц на пару-год");
		rows.put("businessRowsByTable", "…по таблицам на пару-год");
		rows.put("engineBytes", "Байт истории движка на пару-год");
		rows.put("businessBytes", "Байт бизнес-таблиц на пару-год");
		rows.put("fileBytes", "Рост файла базы H2 на пару-год (всё: и рабочие таблицы движка)");
		rows.put("rest", "Запись встречи через REST `POST /api/pairs/{id}/meetings`, p50 / p95");
		rows.put("service", "Запись встречи через сервис `MeetingLog.record`, p50 / p95");
		rows.put("bare", "Голый `TaskService.complete` тривиальной задачи, p50 / p95");
		rows.put("durations", "Время прогона");
		rows.put("jdk", "JDK");
		rows.put("sizeMethod", "Как считались байты");
		return rows;
	}

	static void write(String database, Map<String, String> figures) throws IOException {
		Properties properties = new Properties();
		properties.putAll(figures);
		properties.put("date", LocalDate.now().toString());
		try (Writer writer = Files.newBufferedWriter(OUT.resolve("pair-year-" + database + ".properties"))) {
			properties.store(writer, null);
		}
		StringBuilder report = new StringBuilder("## Год работы пар: еженедельные встречи по журналу\n\n"
				+ "| | H2 (файл) | PostgreSQL |\n|---|---|---|\n");
		Properties h2 = read("h2");
		Properties postgres = read("postgres");
		ROWS.forEach((key, label) -> report.append("| ").append(label).append(" | ")
			.append(h2.getProperty(key, "—")).append(" | ").append(postgres.getProperty(key, "—")).append(" |\n"));
		report.append("\nДата прогона: H2 — ").append(h2.getProperty("date", "—")).append(", PostgreSQL — ")
			.append(postgres.getProperty("date", "—")).append(".\n");
		Files.writeString(OUT.resolve("pair-year.md"), report.toString());
		System.out.println(report);
	}

	private static Properties read(String database) throws IOException {
		Properties properties = new Properties();
		Path file = OUT.resolve("pair-year-" + database + ".properties");
		if (Files.exists(file)) {
			try (Reader reader = Files.newBufferedReader(file)) {
				properties.load(reader);
			}
		}
		return properties;
	}
}
