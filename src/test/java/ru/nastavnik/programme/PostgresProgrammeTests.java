package ru.nastavnik.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.nastavnik.EmbeddedPostgresServer;
import ru.nastavnik.EngineTablesScan;
import ru.nastavnik.approval.Approval;
import ru.nastavnik.consent.ConsentRegister;
import ru.nastavnik.consent.ConsentRevocation;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.ParticipantDriver;
import ru.nastavnik.participant.ParticipantRole;

/**
 * The application on a real PostgreSQL server (the {@code postgres} profile): Flyway, the engine and Stage I. Its
 * engine has a name of its own: Camunda keeps engines in a static registry by name, and the H2 application's REST API
 * running in the same JVM must keep finding its own "default" engine.
 */
@SpringBootTest(properties = "camunda.bpm.process-engine-name=postgres")
@ActiveProfiles({ "default", "test", "postgres" })
class PostgresProgrammeTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		EmbeddedPostgresServer server = EmbeddedPostgresServer.shared();
		registry.add("spring.datasource.url", server::jdbcUrl);
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	/** Stops the server only after the DataSource (and the engine and JPA before it) has shut down. */
	@TestConfiguration
	static class ServerOutlivesTheDataSource {

		@Bean
		static BeanFactoryPostProcessor dataSourceDependsOnTheServer() {
			return factory -> factory.getBeanDefinition("dataSource").setDependsOn("postgresServer");
		}

		@Bean(destroyMethod = "stop")
		EmbeddedPostgresServer postgresServer() {
			return EmbeddedPostgresServer.shared();
		}
	}

	@Autowired
	DataSource dataSource;

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	StageOneDriver driver;

	@Autowired
	Programmes programmes;

	@Autowired
	ParticipantDriver participantDriver;

	@Autowired
	ProgrammeProgress progress;

	@Autowired
	PerProgrammeProgress perProgramme;

	@Autowired
	ConsentRegister consents;

	@Autowired
	ConsentRevocation revocation;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void shouldRunStageOneOnPostgresql() throws Exception {
		AbstractAssertions.init(engine);
		try (var connection = dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
		}
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
			.isPositive();

		Programme programme = driver.startSchoolProgramme();
		driver.appointCurator(programme);
		driver.draft(programme, DocumentKind.REGULATION, "П-1");
		driver.returnForRework(programme, DocumentKind.REGULATION, "Уточните сроки");
		driver.draft(programme, DocumentKind.REGULATION, "П-2");
		driver.approve(programme, DocumentKind.REGULATION);
		driver.draft(programme, DocumentKind.ROADMAP, "ДК-1");
		driver.approve(programme, DocumentKind.ROADMAP);
		driver.inform(programme, ProgrammeProcess.INFORM_TEACHERS, 42);
		driver.inform(programme, ProgrammeProcess.INFORM_PARENTS, 120);
		driver.inform(programme, ProgrammeProcess.MEET_ALUMNI_AND_ENTERPRISES, 15);
		driver.inform(programme, ProgrammeProcess.MEET_PUPILS, 300);
		driver.publish(programme);

		assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(programme.getProcessInstanceId())
			.list()).extracting(instance -> instance.getTenantId()).containsExactly("school3", "school3");
		assertThat(programmes.findById(programme.getId()).orElseThrow().getStatus())
			.isEqualTo(ProgrammeStatus.PREPARATION_COMPLETED);
		assertThat(jdbc.queryForObject("select count(*) from programme_document where programme_id = ?",
				Integer.class, programme.getId())).isEqualTo(3);
		assertThat(jdbc.queryForObject("select count(*) from act_hi_procinst where tenant_id_ is null",
				Integer.class)).isZero();

		// the progress read for all programmes at once, in SQL over the engine's tables, on PostgreSQL: stages II and
		// III side by side, a step done in a called process, late steps in called processes and in the programme's own
		assertThat(progress.of(programme).status()).isEqualTo(ProgrammeStatus.MENTEE_BASE);
		driver.work(programme, ProgrammeProcess.COLLECT_QUESTIONNAIRES);
		ClockUtil.setCurrentTime(StageOneDriver.date(java.time.LocalDate.of(programme.getStartsOn().getYear() + 1, 1,
				15)));
		assertThat(progress.of(programme).overdueSteps()).isEqualTo(2);
		java.util.Map<Long, ProgrammeProgress.Progress> all = progress.ofOrganisations(
				java.util.Set.of("school3", "kindergarten"));
		java.util.List<Programme> every = programmes.findByOrganisationTenantIdInOrderByOrganisationNameAscAcademicYearDesc(
				java.util.Set.of("school3", "kindergarten"));
		assertThat(all).hasSameSizeAs(every);
		for (Programme each : every) {
			ProgrammeProgress.Progress expected = perProgramme.of(each);
			assertThat(all.get(each.getId())).as(each.getAcademicYear())
				.extracting(ProgrammeProgress.Progress::stage, ProgrammeProgress.Progress::overdueSteps,
						ProgrammeProgress.Progress::percentDone)
				.containsExactly(expected.stage(), expected.overdueSteps(), expected.percentDone());
		}
	}

	@Test
	void shouldEnrolAMinorAndEraseThemEverywhereOnPostgresqlWhenTheConsentIsRevoked() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		Programme programme = driver.startSchoolProgramme();
		ParticipantDriver.setToday(java.time.LocalDate.of(programme.getStartsOn().getYear(), 9, 5));
		Participant pupil = participantDriver.minor(programme, "Постгресов Лев Ильич", ParticipantRole.MENTEE,
				"Постгресова Анна Ильинична");
		participantDriver.consent(pupil);
		participantDriver.menteeQuestionnaire(pupil, "PUPIL_GIFTED", "Постгрес-запрос: олимпиада по химии");
		Long consentId = consents.of(participantDriver.reload(pupil)).get(0).id();
		// the questionnaire and the names are in the business data; the engine never held them: the forms read them
		// from the participant's record, and what a form submits is recorded by its step, not by the engine
		assertThat(jdbc.queryForObject("select count(*) from mentee_questionnaire where requests like "
				+ "'%Постгрес-запрос%'", Integer.class)).isOne();
		assertThat(EngineTablesScan.find(dataSource, List.of("Постгресов", "Постгрес-запрос"))).isEmpty();

		ErasureRecordView act = new ErasureRecordView(revocation.revoke(consentId, null, "curator-school3").orElseThrow()
			.getNumber());

		assertThat(act.number()).startsWith("А-");
		for (String trace : java.util.List.of("Постгресов", "Постгресова", "Постгрес-запрос")) {
			String like = "%" + trace + "%";
			assertThat(jdbc.queryForObject("select count(*) from person where full_name like ?", Integer.class, like))
				.isZero();
			assertThat(jdbc.queryForObject("select count(*) from mentee_questionnaire where requests like ?",
					Integer.class, like)).isZero();
			for (String table : java.util.List.of("act_ru_variable", "act_hi_varinst", "act_hi_detail")) {
				assertThat(jdbc.queryForObject("select count(*) from " + table + " where text_ like ? or text2_ like ?",
						Integer.class, like, like)).as("%s в %s", trace, table).isZero();
			}
			assertThat(jdbc.queryForObject("select count(*) from act_ge_bytearray where position(convert_to(?, 'UTF8') "
					+ "in bytes_) > 0", Integer.class, trace)).as("%s в act_ge_bytearray", trace).isZero();
		}
		assertThat(jdbc.queryForObject("select length(document) from erasure_act where number = ?", Integer.class,
				act.number())).isPositive();
	}

	@Autowired
	ru.nastavnik.pairing.PairProposal proposal;

	@Autowired
	ru.nastavnik.pairing.PairingOrderDrafting drafting;

	@Autowired
	ru.nastavnik.pairing.PairActivation activation;

	@Autowired
	ru.nastavnik.pairing.MentoringPairs pairs;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transaction;

	@Test
	void shouldMatchFixByOrderAndEndAPairOnPostgresql() {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		Programme programme = driver.startSchoolProgramme();
		ParticipantDriver.setToday(java.time.LocalDate.of(programme.getStartsOn().getYear(), 9, 5));
		Participant pupil = participantDriver.menteeInBase(programme, "Постгресова Вера Олеговна", "PUPIL_HARD_CHOICE",
				"профориентация, программирование");
		Participant mentor = participantDriver.mentorInBase(participantDriver.adult(programme,
				"Базанов Олег_Петрович", ParticipantRole.MENTOR), java.util.Map.of("mentorType", "EMPLOYEE",
						"competences", "программирование", "experience", "10 лет", "maxMentees", 1));
		jdbc.update("insert into mentoring_choice (programme_id, category, option_code, recorded_by, recorded_at) "
				+ "values (?, 'FORM', 'EMPLOYER_PUPIL', 'workgroup-school3', current_timestamp)", programme.getId());
		jdbc.update("insert into programme_event (programme_id, kind, held_on, topic, recorded_by, recorded_at) "
				+ "values (?, 'TRAINING', current_date, 'Школа наставника', 'admin-school3', current_timestamp)",
				programme.getId());
		jdbc.update("insert into event_attendance (event_id, participant_id) select max(id), ? from programme_event",
				mentor.getId());

		transaction.executeWithoutResult(status -> {
			Programme current = programmes.findById(programme.getId()).orElseThrow();
			proposal.run(current, "workgroup-school3");
			ru.nastavnik.pairing.PairingOrder order = drafting.draft(current, "pg-" + programme.getId(),
					"workgroup-school3");
			// what the order's jobs do after the director's decision, here in one transaction
			activation.fix(current, drafting.decide(current, order.getId(),
					Approval.approved("director-school3", java.time.Instant.now())))
				.forEach(pairId -> activation.startWork(current, pairId));
			activation.inform(current, order);
		});
		ru.nastavnik.pairing.MentoringPair pair = pairs.findByProgrammeIdAndStatusOrderById(programme.getId(),
				ru.nastavnik.pairing.PairStatus.ACTIVE).get(0);
		assertThat(pair.getMenteeId()).isEqualTo(pupil.getId());
		assertThat(pair.getExplanation()).contains("программирование");
		assertThat(jdbc.queryForObject("select length(document) from pairing_order where programme_id = ?",
				Integer.class, programme.getId())).isPositive();
		assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pair.getProcessInstanceId()).count())
			.isOne();

		// the mentor's consent is revoked: the pair ends and its process with it; his name (with an underscore, a
		// LIKE wildcard) is in no engine text, and the erasure takes nobody else's data
		Long consentId = consents.of(participantDriver.reload(mentor)).get(0).id();
		revocation.revoke(consentId, null, "curator-school3");
		assertThat(pairs.findById(pair.getId()).orElseThrow().getStatus())
			.isEqualTo(ru.nastavnik.pairing.PairStatus.ENDED);
		assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pair.getProcessInstanceId()).count())
			.isZero();
		assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("re-pairing")
			.processInstanceBusinessKey("re-pairing-" + programme.getId()).count()).isOne();
		for (String table : java.util.List.of("act_ru_variable", "act_hi_varinst", "act_hi_detail")) {
			assertThat(jdbc.queryForObject("select count(*) from " + table + " where text_ like ?", Integer.class,
					"%Базанов%")).as(table).isZero();
		}
		assertThat(jdbc.queryForObject("select count(*) from person where full_name = ?", Integer.class,
				"Постгресова Вера Олеговна")).as("the pupil's own data stay").isOne();
	}

	@Test
	void shouldKeepNothingThatIdentifiesAPersonInTheEngineAfterAWholeYearOnPostgresql() throws Exception {
		Programme programme = driver.startSchoolProgramme();
		driver.completeStageOne(programme);
		participantDriver.fourIntoBases(programme);
		Participant pupil = participantDriver.minor(programme, "Годовая Ксения Игоревна", ParticipantRole.MENTEE,
				"Годовой Игорь Петрович");
		driver.workStagesTwoAndThree(programme);
		driver.workStagesFourToSeven(programme);
		assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(programme.getProcessInstanceId())
			.count()).as("the year ran to its end").isZero();

		List<String> personalData = EngineTablesScan.personalDataOf(dataSource, programme.getId());
		// the scan looks for something: the five people, a minor's representative, their birth dates and contacts
		assertThat(personalData).contains("Годовая Ксения Игоревна", "Годовой Игорь Петрович", "Соколов Денис Игоревич",
				pupil.getPerson().getBirthDate().toString(), "parent@example.ru", "+79121111111");
		assertThat(EngineTablesScan.find(dataSource, personalData)).as("personal data in the engine's tables")
			.isEmpty();
	}

	@Autowired
	ru.nastavnik.monitoring.MonitoringReport monitoringReport;

	@Autowired
	ru.nastavnik.monitoring.ProgrammeQuality programmeQuality;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	/**
	 * The monitoring report on PostgreSQL: the evaluations read by plain SQL and JPQL, the comparison and both documents
	 * — the PDF read back with PDFBox, the XLSX with POI and its chart.
	 */
	@Test
	void shouldReportTheMonitoringOnPostgresql() throws Exception {
		Programme programme = driver.startSchoolProgramme();
		ParticipantDriver.setToday(java.time.LocalDate.of(programme.getStartsOn().getYear(), 9, 5));
		List<Long> pupils = new java.util.ArrayList<>();
		for (String name : List.of("Абрамов Лев", "Белова Ника", "Воронин Марк", "Галкина Ева", "Дроздов Ян",
				"Ершова Мира")) {
			pupils.add(participantDriver.menteeInBase(programme, name + " Олегович").getId());
		}
		for (Long pupil : pupils) {
			participantDriver.evaluateAtTheEnd(pupil, java.util.Map.of("motivation", 5, "personal-growth", 2,
					"engagement", 4, "self-determination", 3, "results", 3));
		}
		ru.nastavnik.document.PrintedPdf pdf = ru.nastavnik.document.PrintedPdf.read(monitoringReport.pdf(programme));
		assertThat(pdf.text()).contains("Отчёт о результатах мониторинга программы наставничества",
				"Оценены в начале и в конце года: 6", "Мотивация к обучению 3,00 5,00 2,00 рост подтверждён");
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(monitoringReport.xlsx(programme)))) {
			assertThat(book.getSheet("Набор 1").getRow(3).getCell(3).getNumericCellValue()).isEqualTo(5.0);
			assertThat(book.getSheet("Набор 1").getDrawingPatriarch().getCharts()).hasSize(1);
		}

		// step 30's review: the system's figures read on PostgreSQL, the review and its scores written and reported
		java.util.Map<ru.nastavnik.monitoring.QualityCriterion, Integer> scores = new java.util.EnumMap<>(
				ru.nastavnik.monitoring.QualityCriterion.class);
		for (ru.nastavnik.monitoring.QualityCriterion criterion : ru.nastavnik.monitoring.QualityCriterion.values()) {
			scores.put(criterion, 4);
		}
		transactions.executeWithoutResult(status -> programmeQuality.record(programme,
				new ru.nastavnik.monitoring.ProgrammeQualityReview.Swot("Наставники опытные", "Мало встреч весной",
						"Партнёр — технопарк", "Нагрузка педагогов"), scores, null, "curator-school3"));
		ru.nastavnik.document.PrintedPdf withQuality = ru.nastavnik.document.PrintedPdf.read(
				monitoringReport.pdf(programme));
		assertThat(withQuality.text()).contains("Качество реализации программы", "средняя оценка куратора — 4,0 из 5",
				"Выбыли из программы: наставляемых — 0", "Партнёр — технопарк");
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(monitoringReport.xlsx(programme)))) {
			assertThat(book.getSheet("Анкета куратора").getRow(3).getCell(1).getNumericCellValue()).isEqualTo(4.0);
			assertThat(book.getSheet("Анкета куратора").getDrawingPatriarch().getCharts()).hasSize(1);
		}
	}

	record ErasureRecordView(String number) {
	}
}
