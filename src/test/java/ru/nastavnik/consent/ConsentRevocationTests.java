package ru.nastavnik.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import javax.sql.DataSource;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.EngineTablesScan;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.document.PrintedPdf;
import ru.nastavnik.engine.TaskForms;
import ru.nastavnik.organisation.Organisation;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.participant.EnrolmentProcess;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.ParticipantDriver;
import ru.nastavnik.participant.ParticipantRole;
import ru.nastavnik.participant.ParticipantStatus;
import ru.nastavnik.participant.Participants;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeAudience;
import ru.nastavnik.programme.ProgrammeManagement;
import ru.nastavnik.programme.StageOneDriver;

/**
 * A consent revoked at each stage of the enrolment: processing stops at once, and afterwards nothing that identifies
 * the person is left in the business tables or in the engine's runtime and history; the erasure act is kept.
 */
@NastavnikTest
class ConsentRevocationTests {

	/** Where the revocation finds the participant. */
	enum Stage {

		AWAITING_QUESTIONNAIRE((driver, participant) -> driver.consent(participant)),
		UNDER_REVIEW((driver, participant) -> {
			driver.consent(participant);
			driver.menteeQuestionnaire(participant, "PUPIL_GIFTED", REQUESTS);
			driver.thirdPartyInformation(participant, THIRD_PARTY);
		}),
		EVALUATION((driver, participant) -> {
			UNDER_REVIEW.reach(driver, participant);
			driver.include(participant, EnrolmentProcess.DECIDE_MENTEE_BASE);
		}),
		IN_BASE((driver, participant) -> {
			EVALUATION.reach(driver, participant);
			driver.evaluate(participant);
		});

		private final BiConsumer<ParticipantDriver, Participant> reach;

		Stage(BiConsumer<ParticipantDriver, Participant> reach) {
			this.reach = reach;
		}

		void reach(ParticipantDriver driver, Participant participant) {
			reach.accept(driver, participant);
		}
	}

	static final String REQUESTS = "Олимпиада по астрономии, запрос Уникальныйзапрос";

	static final String THIRD_PARTY = "Классный руководитель: Уникальныесведения о талантах";

	@Autowired
	StageOneDriver stageOne;

	@Autowired
	ParticipantDriver driver;

	@Autowired
	ConsentRevocation revocation;

	@Autowired
	Consents consents;

	@Autowired
	Participants participants;

	@Autowired
	ErasureRecords erasureRecords;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	HistoryService historyService;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	TaskForms taskForms;

	@Autowired
	Organisations organisations;

	@Autowired
	ProgrammeManagement management;

	Programme programme;

	@BeforeEach
	void startProgramme() {
		programme = stageOne.startSchoolProgramme();
		ParticipantDriver.setToday(LocalDate.of(programme.getStartsOn().getYear(), 9, 5));
	}

	@ParameterizedTest
	@EnumSource(Stage.class)
	void shouldStopProcessingAndEraseThePersonEverywhere(Stage stage) throws Exception {
		String name = "Уникальнова" + stage.name().charAt(0) + " Дарья Олеговна";
		String representative = "Представителева" + stage.name().charAt(0) + " Мария Ивановна";
		Participant pupil = driver.minor(programme, name, ParticipantRole.MENTEE, representative);
		stage.reach(driver, pupil);
		long participantsBefore = participants.findByProgrammeIdOrderById(programme.getId()).size();
		Consent consent = consents.findByParticipantIdOrderById(pupil.getId()).get(0);
		// the checks below can fail: before the revocation the person is in the business data; their name and their
		// representative's are shown on their forms, read from the record, and never kept in the engine
		assertThat(businessRowsContaining(name)).isPositive();
		String instance = driver.reload(pupil).getProcessInstanceId();
		assertThat(taskService.createTaskQuery().processInstanceId(instance).list()).allSatisfy(open -> assertThat(
				taskForms.shown(open.getId())).containsEntry(EnrolmentProcess.Field.PARTICIPANT_NAME, name));
		assertThat(engineRowsContaining(name)).isEmpty();
		assertThat(engineRowsContaining(representative)).isEmpty();

		ErasureRecord act = revocation.revoke(consent.getId(), null, "curator-school3").orElseThrow();

		Participant after = driver.reload(pupil);
		assertThat(after.getStatus()).isEqualTo(ParticipantStatus.WITHDRAWN);
		assertThat(after.getPerson().getFullName()).isNull();
		assertThat(after.getPerson().getBirthDate()).isNull();
		assertThat(after.getRepresentative().getFullName()).isNull();
		assertThat(after.displayName()).isEqualTo("участник программы № " + pupil.getId());
		assertThat(taskService.createTaskQuery().processInstanceId(after.getProcessInstanceId()).count()).isZero();
		assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(after.getProcessInstanceId())
			.count()).isZero();
		if (stage != Stage.IN_BASE) {
			assertThat(historyService.createHistoricActivityInstanceQuery()
				.processInstanceId(after.getProcessInstanceId()).activityId(EnrolmentProcess.STOP_PROCESSING)
				.finished().count()).isOne();
		}
		// the programme's counts stay what they were
		assertThat(participants.findByProgrammeIdOrderById(programme.getId())).hasSize((int) participantsBefore);
		assertThat(consents.findById(consent.getId()).orElseThrow().getRevokedOn()).isNotNull();

		for (String trace : List.of(name, representative, "Уникальныйзапрос", "Уникальныесведения")) {
			assertThat(businessRowsContaining(trace)).as("строки с «%s» в таблицах приложения", trace).isZero();
			assertThat(engineRowsContaining(trace)).as("строки с «%s» в таблицах движка", trace).isEmpty();
		}

		assertThat(act.getNumber()).startsWith("А-");
		PrintedPdf pdf = PrintedPdf.read(erasureRecords.findById(act.getId()).orElseThrow().getDocument());
		assertThat(pdf.text()).contains("Акт", "участник программы № " + pupil.getId(), "Отзыв согласия")
			.doesNotContain("Уникальнова", "Представителева");
	}

	private long businessRowsContaining(String text) {
		String like = "%" + text + "%";
		return jdbc.queryForObject("select count(*) from person where full_name like ?", Long.class, like)
				+ jdbc.queryForObject("select count(*) from mentee_questionnaire where requests like ? or interests like ?",
						Long.class, like, like)
				+ jdbc.queryForObject("select count(*) from third_party_information where content like ?", Long.class,
						like);
	}

	/** Where the text is in any table of the engine, any column, byte arrays included. */
	private List<String> engineRowsContaining(String text) throws Exception {
		return EngineTablesScan.find(dataSource, List.of(text));
	}


	@Test
	void shouldNumberErasureActsWithinEachOrganisation() {
		Participant pupil = driver.adult(programme, "Школьная Вера Ильинична", ParticipantRole.MENTEE);
		driver.consent(pupil);
		Organisation kindergarten = organisations.findByTenantId("kindergarten").orElseThrow();
		Programme teachers = management.start(kindergarten, programme.getAcademicYear(), ProgrammeAudience.TEACHERS,
				"director-kindergarten");
		Participant teacher = driver.adult(teachers, "Садовая Нина Петровна", ParticipantRole.MENTEE);
		driver.submit(teacher, EnrolmentProcess.RECORD_CONSENT, "director-kindergarten", Map.of(
				"consentReceivedOn", ParticipantDriver.today().toString(),
				"consentValidUntil", ParticipantDriver.today().plusYears(1).toString(),
				"consentPaperReference", "Папка Садовой Н. П."), "kindergarten");

		String school = revocation.revoke(consents.findByParticipantIdOrderById(pupil.getId()).get(0).getId(), null,
				"curator-school3").orElseThrow().getNumber();
		String kindergartens = revocation.revoke(consents.findByParticipantIdOrderById(teacher.getId()).get(0).getId(),
				null, "curator-kindergarten").orElseThrow().getNumber();

		String first = "А-" + ParticipantDriver.today().getYear() + "-0001";
		assertThat(school).isEqualTo(first);
		assertThat(kindergartens).isEqualTo(first);
		assertThat(consents.findByParticipantIdOrderById(teacher.getId()).get(0).getPaperReference())
			.doesNotContain("Садовой");
	}
}
