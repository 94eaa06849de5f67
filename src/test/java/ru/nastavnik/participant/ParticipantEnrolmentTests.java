package ru.nastavnik.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import ru.nastavnik.NastavnikTest;

import ru.nastavnik.engine.TaskForms;
import ru.nastavnik.participant.ParticipantInput.NewParticipant;
import ru.nastavnik.problem.RuleViolation;
import ru.nastavnik.programme.PlanStep;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeAudience;
import ru.nastavnik.programme.ProgrammeProcess;
import ru.nastavnik.programme.StageOneDriver;

/** Every path of {@code participant-enrolment}, worked through its forms as the school's people would. */
@NastavnikTest
class ParticipantEnrolmentTests {

	@Autowired
	TaskForms taskForms;

	@Autowired
	StageOneDriver stageOne;

	@Autowired
	ParticipantDriver driver;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	HistoryService historyService;

	@Autowired
	Evaluations evaluations;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ParticipantConsents consents;

	@Autowired
	MenteeQuestionnaires menteeQuestionnaires;

	@Autowired
	MentorQuestionnaires mentorQuestionnaires;

	Programme programme;

	@BeforeEach
	void startProgramme() {
		programme = stageOne.startSchoolProgramme();
		ParticipantDriver.setToday(LocalDate.of(programme.getStartsOn().getYear(), 9, 5));
	}

	private ProcessInstance instance(Participant participant) {
		return runtimeService.createProcessInstanceQuery()
			.processInstanceId(driver.reload(participant).getProcessInstanceId())
			.singleResult();
	}

	private static LocalDate day(Date date) {
		return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
	}

	private PlanStep planned(String step) {
		return stageOne.plan(programme).stream().filter(found -> found.getStep().equals(step)).findFirst()
			.orElseThrow();
	}

	private String groups(Task task) {
		return String.join(",", taskService.getIdentityLinksForTask(task.getId()).stream()
			.map(IdentityLink::getGroupId).filter(java.util.Objects::nonNull).sorted().toList());
	}

	@Test
	void shouldTakeAnAdultMenteeFromConsentToTheBaseInRoadmapOrder() {
		Participant teacher = driver.adult(programme, "Смирнова Ольга Петровна", ParticipantRole.MENTEE);

		ProcessInstance instance = instance(teacher);
		assertThat(instance).isWaitingAt(EnrolmentProcess.RECORD_CONSENT);
		Task consentTask = driver.task(teacher, EnrolmentProcess.RECORD_CONSENT);
		assertThat(consentTask.getTenantId()).isEqualTo(StageOneDriver.SCHOOL);
		assertThat(day(consentTask.getDueDate())).isEqualTo(planned("collectQuestionnaires").getDueOn());
		assertThat(groups(consentTask)).isEqualTo("administration,working-group");
		assertThat(consentTask.getFormKey()).isNull();
		assertThat(taskForms.shown(consentTask.getId()))
			.containsEntry(EnrolmentProcess.Field.PARTICIPANT_NAME, "Смирнова Ольга Петровна")
			.containsEntry(EnrolmentProcess.Field.CONSENT_SIGNER, "сам участник (совершеннолетний)");
		assertThat(runtimeService.getVariables(instance.getId()))
			.doesNotContainKeys(EnrolmentProcess.Field.PARTICIPANT_NAME, EnrolmentProcess.Field.CONSENT_SIGNER);

		driver.consent(teacher);
		assertThat(instance).isWaitingAt(EnrolmentProcess.FILL_QUESTIONNAIRE);
		assertThat(driver.reload(teacher).getStatus()).isEqualTo(ParticipantStatus.AWAITING_QUESTIONNAIRE);

		driver.menteeQuestionnaire(teacher, "YOUNG_TEACHER", "Помощь в подготовке к открытым урокам");
		assertThat(menteeQuestionnaires.findById(teacher.getId()).orElseThrow().getRecommendedForm())
			.isEqualTo("TEACHER_TEACHER");
		assertThat(instance).isWaitingAt(EnrolmentProcess.COLLECT_THIRD_PARTY_INFORMATION);

		driver.thirdPartyInformation(teacher, "Классный руководитель: нужна помощь с дисциплиной в 7 классе");
		assertThat(instance).isWaitingAt(EnrolmentProcess.DECIDE_MENTEE_BASE);
		Task review = driver.task(teacher, EnrolmentProcess.DECIDE_MENTEE_BASE);
		assertThat(day(review.getDueDate())).isEqualTo(planned("formMenteeBase").getDueOn());
		assertThat(taskService.getVariables(review.getId())).doesNotContainKey(EnrolmentProcess.Field.SUMMARY);
		assertThat(taskForms.shown(review.getId()).get(EnrolmentProcess.Field.SUMMARY).toString())
			.contains("Смирнова Ольга Петровна", "молодой педагог", "Помощь в подготовке к открытым урокам",
					"классный руководитель: Классный руководитель: нужна помощь");

		driver.include(teacher, EnrolmentProcess.DECIDE_MENTEE_BASE);
		assertThat(instance).isWaitingAt(EnrolmentProcess.EVALUATE_PARTICIPANT);
		assertThat(day(driver.task(teacher, EnrolmentProcess.EVALUATE_PARTICIPANT).getDueDate()))
			.isEqualTo(planned("evaluateMentees").getDueOn());
		driver.evaluate(teacher);

		assertThat(instance).isEnded().hasPassedInOrder(EnrolmentProcess.RECORD_CONSENT,
				EnrolmentProcess.FILL_QUESTIONNAIRE, EnrolmentProcess.RECOMMEND_MENTORING_FORM,
				EnrolmentProcess.COLLECT_THIRD_PARTY_INFORMATION, EnrolmentProcess.DECIDE_MENTEE_BASE,
				EnrolmentProcess.EVALUATE_PARTICIPANT, "participantInBase");
		assertThat(driver.reload(teacher).getStatus()).isEqualTo(ParticipantStatus.IN_BASE);
		assertThat(evaluations.findByParticipantIdOrderById(teacher.getId())).singleElement()
			.satisfies(evaluation -> {
				assertThat(evaluation.getStage()).isEqualTo(EvaluationStage.START);
				// a young teacher's set: six parameters, scored in their order
				assertThat(evaluation.getScores()).containsOnlyKeys("motivation", "personal-growth", "methodical",
						"psychological", "communicative", "results");
				assertThat(evaluation.score("methodical")).isEqualTo(4);
			});
	}

	@Test
	void shouldAskTheLegalRepresentativeOfAMinorForConsentAtStepSix() {
		assertThatThrownBy(() -> driver.enrol(programme, new NewParticipant("Петров Илья Сергеевич",
				programme.getStartsOn().minusYears(14), "8 «А»", ParticipantRole.MENTEE, null, null, null)))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("несовершеннолетний")
			.hasMessageContaining("законного представителя");

		Participant pupil = driver.minor(programme, "Петров Илья Сергеевич", ParticipantRole.MENTEE);

		assertThat(pupil.isMinor()).isTrue();
		assertThat(pupil.getRepresentative().getFullName()).isEqualTo("Петрова Мария Ивановна");
		Task consentTask = driver.task(pupil, EnrolmentProcess.RECORD_CONSENT);
		assertThat(day(consentTask.getDueDate())).isEqualTo(planned("collectThirdPartyInformation").getDueOn());
		assertThat(taskForms.shown(consentTask.getId()).get(EnrolmentProcess.Field.CONSENT_SIGNER))
			.isEqualTo("законный представитель: Петрова Мария Ивановна");
		driver.consent(pupil);
		assertThat(consents.of(pupil)).singleElement()
			.satisfies(consent -> assertThat(consent.signedByRepresentative()).isTrue());
	}

	@Test
	void shouldCountAPersonTurningEighteenOnTheStartDateAsAnAdult() {
		LocalDate startsOn = programme.getStartsOn();
		assertThat(Enrolment.minorOn(startsOn.minusYears(18), startsOn)).isFalse();
		assertThat(Enrolment.minorOn(startsOn.minusYears(18).plusDays(1), startsOn)).isTrue();

		Participant adult = driver.enrol(programme, new NewParticipant("Иванов Пётр Андреевич",
				startsOn.minusYears(18), "11 «Б»", ParticipantRole.MENTOR, null, null, null));
		assertThat(adult.isMinor()).isFalse();
		assertThat(adult.getRepresentative()).isNull();
	}

	@Test
	void shouldRefuseTheQuestionnaireOnceTheConsentHasExpired() {
		Participant teacher = driver.adult(programme, "Кузнецова Анна Викторовна", ParticipantRole.MENTEE);
		driver.submit(teacher, EnrolmentProcess.RECORD_CONSENT, "workgroup-school3", Map.of(
				"consentReceivedOn", ParticipantDriver.today().toString(),
				"consentValidUntil", ParticipantDriver.today().plusDays(10).toString(),
				"consentPaperReference", "Журнал согласий № 7"));
		ParticipantDriver.setToday(ParticipantDriver.today().plusDays(11));

		assertThatThrownBy(() -> driver.menteeQuestionnaire(teacher, "YOUNG_TEACHER", "Помощь с планированием уроков"))
			.hasMessageContaining("Нет действующего согласия")
			.hasMessageContaining("срок действия согласия истёк");

		assertThat(instance(teacher)).isWaitingAt(EnrolmentProcess.FILL_QUESTIONNAIRE);
		assertThat(menteeQuestionnaires.findById(teacher.getId())).isEmpty();
	}

	@Test
	void shouldRejectAConsentWithoutItsPaperOrWithATermInThePast() {
		Participant teacher = driver.adult(programme, "Орлова Нина Павловна", ParticipantRole.MENTEE);

		assertThatThrownBy(() -> driver.submit(teacher, EnrolmentProcess.RECORD_CONSENT, "workgroup-school3",
				Map.of("consentReceivedOn", ParticipantDriver.today().toString(),
						"consentValidUntil", ParticipantDriver.today().minusDays(1).toString())))
			.hasMessageContaining("Заполните поле «Номер и место хранения подписанного согласия»");
		assertThatThrownBy(() -> driver.submit(teacher, EnrolmentProcess.RECORD_CONSENT, "workgroup-school3",
				Map.of("consentReceivedOn", ParticipantDriver.today().toString(),
						"consentValidUntil", ParticipantDriver.today().minusDays(1).toString(),
						"consentPaperReference", "Журнал № 1")))
			.hasMessageContaining("Срок действия согласия должен быть позже сегодняшнего дня");

		assertThat(instance(teacher)).isWaitingAt(EnrolmentProcess.RECORD_CONSENT);
		assertThat(consents.of(teacher)).isEmpty();
	}

	@Test
	void shouldLeaveAMenteeOutOfTheBaseOnlyWithAReason() {
		Participant teacher = driver.adult(programme, "Белова Вера Олеговна", ParticipantRole.MENTEE);
		driver.consent(teacher);
		driver.menteeQuestionnaire(teacher, "TEACHER_NEW_POSITION", "Освоиться в новой школе");
		driver.thirdPartyInformation(teacher, "Сведений от третьих лиц нет: педагог новый");

		assertThatThrownBy(() -> driver.submit(teacher, EnrolmentProcess.DECIDE_MENTEE_BASE, "workgroup-school3",
				Map.of("includedInBase", "no")))
			.hasMessageContaining("Укажите причину");
		driver.submit(teacher, EnrolmentProcess.DECIDE_MENTEE_BASE, "workgroup-school3",
				Map.of("includedInBase", "no", "baseComment", "Педагог переведён в другую организацию"));

		assertThat(instance(teacher)).isNull();
		assertThat(historyService.createHistoricActivityInstanceQuery()
			.processInstanceId(driver.reload(teacher).getProcessInstanceId())
			.activityId("participantNotIncluded").count()).isOne();
		assertThat(driver.reload(teacher).getStatus()).isEqualTo(ParticipantStatus.NOT_INCLUDED);
	}

	@Test
	void shouldInterviewAMentorAndLeaveThemOutWhenNotAdmitted() {
		Participant mentor = driver.adult(programme, "Соколов Денис Игоревич", ParticipantRole.MENTOR);
		Task consentTask = driver.task(mentor, EnrolmentProcess.RECORD_CONSENT);
		assertThat(day(consentTask.getDueDate())).isEqualTo(planned("collectMentorQuestionnaires").getDueOn());
		driver.consent(mentor);
		driver.mentorQuestionnaire(mentor, Map.of("mentorType", "EMPLOYEE", "competences", "Программирование, робототехника",
				"experience", "10 лет инженером", "maxMentees", 3));
		assertThat(instance(mentor)).isWaitingAt(EnrolmentProcess.DECIDE_MENTOR_BASE);
		driver.submit(mentor, EnrolmentProcess.DECIDE_MENTOR_BASE,
				driver.responsible(mentor, EnrolmentProcess.DECIDE_MENTOR_BASE),
				Map.of("includedInBase", "yes", "interviewNeeded", true));
		Task interview = driver.task(mentor, EnrolmentProcess.INTERVIEW_MENTOR);
		assertThat(groups(interview)).isEqualTo("administration,psychologist");
		assertThat(day(interview.getDueDate())).isEqualTo(planned("interviewMentors").getDueOn());

		driver.submit(mentor, EnrolmentProcess.INTERVIEW_MENTOR, "psychologist-school3",
				Map.of("mentorAdmitted", "no", "interviewComment", "Не готов работать с подростками сейчас"));

		assertThat(instance(mentor)).isNull();
		assertThat(driver.reload(mentor).getStatus()).isEqualTo(ParticipantStatus.NOT_INCLUDED);
		assertThat(driver.reload(mentor).getInterviewComment()).isEqualTo("Не готов работать с подростками сейчас");
	}

	@Test
	void shouldTakeAStaffMentorOnlyWithTheirConsentAndTheContractAddendum() {
		Participant mentor = driver.adult(programme, "Егорова Лариса Николаевна", ParticipantRole.MENTOR);
		driver.consent(mentor);
		Map<String, Object> withoutAgreement = Map.of("mentorType", "STAFF", "competences", "Методика преподавания",
				"experience", "25 лет в школе", "maxMentees", 2);

		assertThatThrownBy(() -> driver.mentorQuestionnaire(mentor, withoutAgreement))
			.hasMessageContaining("Номер письменного согласия работника");

		java.util.Map<String, Object> withAgreement = new java.util.HashMap<>(withoutAgreement);
		withAgreement.putAll(ParticipantDriver.staffAgreement());
		driver.mentorQuestionnaire(mentor, withAgreement);
		driver.include(mentor, EnrolmentProcess.DECIDE_MENTOR_BASE);
		driver.evaluate(mentor);

		assertThat(instance(mentor)).isNull();
		assertThat(driver.reload(mentor).getStatus()).isEqualTo(ParticipantStatus.IN_BASE);
		assertThat(mentorQuestionnaires.findById(mentor.getId()).orElseThrow().getMaxMentees()).isEqualTo(2);
	}

	@Test
	void shouldLinkAParentMentorToTheChildrenTheyRepresent() {
		Participant child = driver.minor(programme, "Петров Илья Сергеевич", ParticipantRole.MENTEE);
		Participant parent = driver.enrol(programme, new NewParticipant("Петрова Мария Ивановна",
				programme.getStartsOn().minusYears(40), "родитель", ParticipantRole.MENTOR, null, null, null));
		// a parent names their children among the programme's mentees
		driver.consent(parent);
		driver.mentorQuestionnaire(parent, Map.of("mentorType", "PARENT", "competences", "Бухгалтерия",
				"experience", "15 лет", "maxMentees", 1, "childParticipantIds", child.getId().toString()));

		assertThat(mentorQuestionnaires.findById(parent.getId()).orElseThrow().getChildren())
			.containsExactly(child.getId());
	}

	@Test
	void shouldRefuseChildrenForAMentorWhoIsNotAParent() {
		Participant child = driver.minor(programme, "Сидоров Олег Ильич", ParticipantRole.MENTEE);
		Participant mentor = driver.adult(programme, "Громов Артём Олегович", ParticipantRole.MENTOR);
		driver.consent(mentor);

		assertThatThrownBy(() -> driver.mentorQuestionnaire(mentor, Map.of("mentorType", "EMPLOYEE",
				"competences", "Логистика", "experience", "5 лет", "maxMentees", 1, "childParticipantIds",
				child.getId().toString())))
			.hasMessageContaining("Детей указывает только наставник-родитель");
	}

	@Test
	void shouldEscalateAConsentNotReceivedByItsDueDate() {
		Participant teacher = driver.adult(programme, "Зайцева Ирина Львовна", ParticipantRole.MENTEE);
		Task consentTask = driver.task(teacher, EnrolmentProcess.RECORD_CONSENT);
		ParticipantDriver.setToday(day(consentTask.getDueDate()).plusDays(1));

		Job timer = managementService.createJobQuery().processInstanceId(consentTask.getProcessInstanceId())
			.timers().singleResult();
		managementService.executeJob(timer.getId());

		assertThat(taskService.getVariableLocal(consentTask.getId(), "overdueEscalatedAt")).isNotNull();
		assertThat(instance(teacher)).isWaitingAt(EnrolmentProcess.RECORD_CONSENT);
	}

	@Test
	void shouldSkipThirdPartyInformationInATeachersProgramme() {
		Programme teachers = stageOne.startSchoolProgramme(ProgrammeAudience.TEACHERS);
		ParticipantDriver.setToday(LocalDate.of(teachers.getStartsOn().getYear(), 9, 5));
		Participant teacher = driver.adult(teachers, "Лебедева Жанна Петровна", ParticipantRole.MENTEE);
		driver.consent(teacher);
		driver.menteeQuestionnaire(teacher, "TEACHER_NEW_POSITION", "Адаптация в новой должности");

		assertThat(instance(teacher)).isWaitingAt(EnrolmentProcess.DECIDE_MENTEE_BASE)
			.hasNotPassed(EnrolmentProcess.COLLECT_THIRD_PARTY_INFORMATION);
		assertThat(menteeQuestionnaires.findById(teacher.getId()).orElseThrow().getRecommendedForm())
			.isEqualTo("HEAD_PEDAGOGUE");
	}

	@Test
	void shouldShowTheWorkingGroupWhereEveryMenteeStandsWhenTheBaseIsFormed() {
		Participant inBase = driver.adult(programme, "Базова Ирина Олеговна", ParticipantRole.MENTEE);
		driver.consent(inBase);
		driver.menteeQuestionnaire(inBase, "YOUNG_TEACHER", "Подготовка к аттестации");
		driver.thirdPartyInformation(inBase, "Завуч: просит помочь с аттестацией");
		driver.include(inBase, EnrolmentProcess.DECIDE_MENTEE_BASE);
		driver.minor(programme, "Ждущий Согласия Пётр", ParticipantRole.MENTEE, "Ждущая Согласия Анна");
		driver.adult(programme, "Наставников Олег Ильич", ParticipantRole.MENTOR);
		ParticipantDriver.setToday(LocalDate.of(programme.getStartsOn().getYear(), 5, 1));
		stageOne.completeStageOne(programme);
		ParticipantDriver.setToday(LocalDate.of(programme.getStartsOn().getYear(), 9, 5));
		stageOne.recordStep(programme, "collectQuestionnaires");
		stageOne.recordStep(programme, "collectThirdPartyInformation");

		Task baseStep = taskService.createTaskQuery()
			.processVariableValueEquals(ProgrammeProcess.Var.PROGRAMME_ID.name(), programme.getId())
			.processVariableValueEquals(ProgrammeProcess.Var.PLAN_STEP.name(), ProgrammeProcess.FORM_MENTEE_BASE)
			.singleResult();

		assertThat(taskForms.shown(baseStep.getId()).get(BaseFormDisplay.SUMMARY).toString())
			.startsWith("Наставляемые")
			.contains("включён в базу: 1", "ожидается согласие на обработку персональных данных: 1",
					"обработка прекращена: согласие отозвано: 0");
		assertThat(taskForms.shown(baseStep.getId())).containsEntry(ProgrammeProcess.Field.PARTICIPANT_COUNT, 1L);
	}

	@Test
	void shouldMoveTheParticipantsTasksAndTimersWhenTheirRoadmapStepIsMoved() {
		Participant teacher = driver.adult(programme, "Переносова Алла Ивановна", ParticipantRole.MENTEE);
		Participant mentor = driver.adult(programme, "Неподвижный Пётр Ильич", ParticipantRole.MENTOR);
		LocalDate moved = LocalDate.of(programme.getStartsOn().getYear(), 10, 20);
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);

		ResponseEntity<String> response = rest.withBasicAuth("curator-school3", "demo").exchange(
				"/api/programmes/" + programme.getId() + "/plan/collectQuestionnaires/changes", HttpMethod.POST,
				new HttpEntity<>("{\"dueOn\":\"" + moved + "\",\"reason\":\"Анкетирование после каникул\"}",
						headers), String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		Task consentTask = driver.task(teacher, EnrolmentProcess.RECORD_CONSENT);
		assertThat(day(consentTask.getDueDate())).isEqualTo(moved);
		assertThat(day(managementService.createJobQuery().processInstanceId(consentTask.getProcessInstanceId())
			.timers().singleResult().getDuedate())).isEqualTo(moved);
		// the mentor's consent belongs to step 10, which did not move
		assertThat(day(driver.task(mentor, EnrolmentProcess.RECORD_CONSENT).getDueDate()))
			.isEqualTo(planned("collectMentorQuestionnaires").getDueOn());
	}

	@Test
	void shouldRecordAFormForTheProcessesOwnParticipantWhateverParticipantIdItSubmits() {
		Participant first = driver.adult(programme, "Первая Анна Ильинична", ParticipantRole.MENTEE);
		Participant second = driver.adult(programme, "Вторая Мария Ильинична", ParticipantRole.MENTEE);

		driver.submit(first, EnrolmentProcess.RECORD_CONSENT, "workgroup-school3", Map.of(
				"participantId", second.getId(), "role", "MENTOR", "thirdPartyInformation", false,
				"consentReceivedOn", ParticipantDriver.today().toString(),
				"consentValidUntil", ParticipantDriver.today().plusYears(1).toString(),
				"consentPaperReference", "Журнал согласий № 100"));

		assertThat(consents.of(first)).hasSize(1);
		assertThat(consents.of(second)).isEmpty();
		// the process still routes by the participant's own role, not the one the form sent
		assertThat(runtimeService.getVariable(driver.reload(first).getProcessInstanceId(), EnrolmentProcess.Var.ROLE.name()))
			.isEqualTo("MENTEE");
		assertThat(instance(first)).isWaitingAt(EnrolmentProcess.FILL_QUESTIONNAIRE);
		// nor can a submission skip step 6
		driver.menteeQuestionnaire(first, "YOUNG_TEACHER", "Подготовка к открытому уроку");
		assertThat(instance(first)).isWaitingAt(EnrolmentProcess.COLLECT_THIRD_PARTY_INFORMATION);
	}
}
