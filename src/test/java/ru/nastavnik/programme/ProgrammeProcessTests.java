package ru.nastavnik.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import ru.nastavnik.EngineTablesScan;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.approval.Approval;
import ru.nastavnik.approval.ApprovalForm;
import ru.nastavnik.notification.OutboxMessage;
import ru.nastavnik.notification.OutboxMessages;
import ru.nastavnik.organisation.Organisation;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.organisation.OrganisationZone;
import ru.nastavnik.organisation.Organisations;

/** Every path of Stage I of {@code mentoring-programme}, worked through the engine as people would. */
@NastavnikTest
class ProgrammeProcessTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	HistoryService historyService;

	@Autowired
	ManagementService managementService;

	@Autowired
	StageOneDriver driver;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	Programmes programmes;

	@Autowired
	ProgrammeManagement management;

	@Autowired
	Organisations organisations;

	@Autowired
	CuratorAppointments appointments;

	@Autowired
	ProgrammeDocuments documents;

	@Autowired
	InformingEvents informingEvents;

	@Autowired
	RoadmapPublications publications;

	@Autowired
	OverdueEscalations escalations;

	@Autowired
	OutboxMessages outbox;

	@Autowired
	StepRecords stepRecords;

	@Autowired
	MentoringChoices mentoringChoices;

	@Autowired
	ProgrammeProgress progress;

	@Autowired
	ru.nastavnik.participant.ParticipantDriver participants;

	@Autowired
	ru.nastavnik.ApiCalls api;

	@Autowired
	ru.nastavnik.training.MentorTraining training;

	@Autowired
	ru.nastavnik.pairing.Preferences preferences;

	@BeforeEach
	void initAssertions() {
		AbstractAssertions.init(engine);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	private ProcessInstance instance(Programme programme) {
		return runtimeService.createProcessInstanceQuery()
			.processInstanceId(programme.getProcessInstanceId())
			.singleResult();
	}

	private static java.util.Date endOfWorkingDay(LocalDate day) {
		return java.util.Date.from(day.atTime(18, 0).atZone(ZoneId.of("Europe/Moscow")).toInstant());
	}

	/** A step is due at the end of the working day where the organisation is, not where the server is. */
	@Test
	void shouldMakeAStepDueAtTheEndOfTheWorkingDayInTheOrganisationsTimeZone() {
		Organisation yekaterinburg = new Organisation("zone-test", "МАОУ СОШ №9 г. Екатеринбурга",
				OrganisationKind.SCHOOL, organisations.findByTenantId("school3").orElseThrow().getMunicipality(), null);
		yekaterinburg.moveToZone(OrganisationZone.YEKATERINBURG);
		yekaterinburg = organisations.save(yekaterinburg);
		ClockUtil.setCurrentTime(java.util.Date.from(LocalDate.of(2041, 5, 1).atStartOfDay(ZoneId.of("Asia/Yekaterinburg"))
			.toInstant()));
		Programme programme = management.start(yekaterinburg, "2041/2042", ProgrammeAudience.PUPILS, "admin");

		Task appoint = taskService.createTaskQuery().processInstanceId(programme.getProcessInstanceId())
			.taskDefinitionKey(ProgrammeProcess.APPOINT_CURATOR).singleResult();
		assertThat(appoint.getDueDate().toInstant())
			.isEqualTo(java.time.OffsetDateTime.parse("2041-05-31T18:00:00+05:00").toInstant());
	}

	@Test
	void shouldStartAtCuratorAppointmentWithTheSchoolsTenantAndPlannedDueDate() {
		Programme programme = driver.startSchoolProgramme();

		ProcessInstance instance = instance(programme);
		assertThat(instance).isWaitingAt(ProgrammeProcess.APPOINT_CURATOR);
		assertThat(instance.getTenantId()).isEqualTo("school3");
		Task task = driver.task(programme, ProgrammeProcess.APPOINT_CURATOR);
		assertThat(task).hasCandidateGroup("director");
		assertThat(task.getTenantId()).isEqualTo("school3");
		assertThat(task.getDueDate()).isEqualTo(endOfWorkingDay(LocalDate.of(programme.getStartsOn().getYear(), 5, 31)));
		assertThat(runtimeService.getVariables(instance.getId())).containsOnlyKeys(
				ProgrammeProcess.Var.PROGRAMME_ID.name(), ProgrammeProcess.Var.ORGANISATION_ID.name(), ProgrammeProcess.Var.AUDIENCE.name(),
				ProgrammeProcess.Var.EXCLUDED_SCOPES.name(), ProgrammeProcess.Var.INCLUDES_PARENT_STEPS.name(),
				ProgrammeProcess.Var.INCLUDES_PUPIL_STEPS.name(), ProgrammeProcess.Var.INCLUDES_LEGAL_REPRESENTATIVE_STEPS.name());
		assertThat(instance).hasPassedInOrder(ProgrammeProcess.DECIDE_ROADMAP_STEPS,
				ProgrammeProcess.BUILD_ROADMAP_PLAN);
	}

	@Test
	void shouldCompleteStageOneOnTheHappyPathAndKeepOnlyIdsAndDecisionsInTheProcess() {
		Programme programme = driver.startSchoolProgramme();

		driver.appointCurator(programme);
		ProcessInstance instance = instance(programme);
		assertThat(instance).isWaitingAt(ProgrammeProcess.DRAFT_REGULATION, ProgrammeProcess.DRAFT_ROADMAP);
		assertThat(driver.task(programme, ProgrammeProcess.DRAFT_REGULATION)).hasCandidateGroup("curator")
			.hasCandidateGroup("working-group");

		driver.draft(programme, DocumentKind.REGULATION, "П-1");
		driver.draft(programme, DocumentKind.ROADMAP, "ДК-1");
		assertThat(instance).isWaitingAt(ProgrammeProcess.APPROVE_REGULATION, ProgrammeProcess.APPROVE_ROADMAP);
		driver.approve(programme, DocumentKind.REGULATION);
		assertThat(instance).isWaitingAt(ProgrammeProcess.APPROVE_ROADMAP);
		driver.approve(programme, DocumentKind.ROADMAP);

		assertThat(instance).isWaitingAt(ProgrammeProcess.INFORM_TEACHERS, ProgrammeProcess.INFORM_PARENTS,
				ProgrammeProcess.MEET_ALUMNI_AND_ENTERPRISES, ProgrammeProcess.MEET_PUPILS,
				ProgrammeProcess.PUBLISH_ROADMAP);
		driver.inform(programme, ProgrammeProcess.INFORM_TEACHERS, 42);
		driver.inform(programme, ProgrammeProcess.INFORM_PARENTS, 120);
		driver.inform(programme, ProgrammeProcess.MEET_ALUMNI_AND_ENTERPRISES, 15);
		driver.inform(programme, ProgrammeProcess.MEET_PUPILS, 300);
		driver.publish(programme);

		assertThat(instance).hasPassed(ProgrammeProcess.RECORD_PREPARATION_COMPLETED)
			.isWaitingAt(ProgrammeProcess.COLLECT_QUESTIONNAIRES, ProgrammeProcess.COLLECT_MENTOR_QUESTIONNAIRES);
		Programme done = programmes.findById(programme.getId()).orElseThrow();
		assertThat(done.getStatus()).isEqualTo(ProgrammeStatus.PREPARATION_COMPLETED);
		// where the programme is now: stages II and III, the earlier one giving the status
		assertThat(progress.of(done).status()).isEqualTo(ProgrammeStatus.MENTEE_BASE);
		assertThat(done.getCuratorLogin()).isEqualTo("curator-school3");
		assertThat(appointments.findByProgrammeIdOrderById(programme.getId())).singleElement()
			.satisfies(order -> {
				assertThat(order.getOrderNumber()).isEqualTo("12-ОД");
				assertThat(order.getRecordedBy()).isEqualTo("director-school3");
			});
		assertThat(informingEvents.findByProgrammeIdOrderById(programme.getId()))
			.extracting(InformingEvent::getCommunity, InformingEvent::getParticipantCount)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Community.TEACHERS, 42),
					org.assertj.core.groups.Tuple.tuple(Community.PARENTS, 120),
					org.assertj.core.groups.Tuple.tuple(Community.ALUMNI_AND_ENTERPRISES, 15),
					org.assertj.core.groups.Tuple.tuple(Community.PUPILS, 300));
		assertThat(publications.findByProgrammeId(programme.getId())).hasValueSatisfying(
				publication -> assertThat(publication.getUrl()).isEqualTo("https://school3-lyskovo.ru/nastavnichestvo"));
		// what the steps recorded is business data; the process kept ids, references and decisions
		assertThat(historyService.createHistoricVariableInstanceQuery()
			.processInstanceId(instance.getId())
			.list()).extracting(variable -> variable.getName())
			.containsExactlyInAnyOrder(ProgrammeProcess.Var.PROGRAMME_ID.name(), ProgrammeProcess.Var.ORGANISATION_ID.name(),
					ProgrammeProcess.Var.AUDIENCE.name(), ProgrammeProcess.Var.EXCLUDED_SCOPES.name(),
					ProgrammeProcess.Var.INCLUDES_PARENT_STEPS.name(), ProgrammeProcess.Var.INCLUDES_PUPIL_STEPS.name(),
					ProgrammeProcess.Var.INCLUDES_LEGAL_REPRESENTATIVE_STEPS.name(), ProgrammeProcess.Var.CURATOR_LOGIN.name(), "regulationReference", "regulationApproved",
					"roadmapReference", "roadmapApproved", ProgrammeProcess.Field.PUBLISHED_URL);
	}

	@ParameterizedTest
	@EnumSource(DocumentKind.class)
	void shouldSendADocumentBackForReworkWithTheDirectorsCommentAndKeepEveryVersion(DocumentKind kind) {
		Programme programme = driver.startSchoolProgramme();
		driver.appointCurator(programme);
		String draftStep = kind == DocumentKind.REGULATION ? ProgrammeProcess.DRAFT_REGULATION
				: ProgrammeProcess.DRAFT_ROADMAP;

		driver.draft(programme, kind, "версия-1");
		driver.returnForRework(programme, kind, "Добавьте раздел о формах наставничества");

		ProcessInstance instance = instance(programme);
		assertThat(instance).isWaitingAt(draftStep);
		assertThat(kind.returnCommentVariable().from(runtimeService, instance.getId()))
			.isEqualTo("Добавьте раздел о формах наставничества");
		driver.draft(programme, kind, "версия-2");
		driver.approve(programme, kind);

		List<ProgrammeDocument> versions = documents.findByProgrammeIdAndKindOrderByVersion(programme.getId(), kind);
		assertThat(versions).extracting(ProgrammeDocument::getVersion, ProgrammeDocument::getReference,
				version -> version.getApproval().map(Approval::getOutcome).orElse(null),
				version -> version.getApproval().map(Approval::getComment).orElse(null))
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(1, "версия-1", Approval.Outcome.RETURNED,
							"Добавьте раздел о формах наставничества"),
					org.assertj.core.groups.Tuple.tuple(2, "версия-2", Approval.Outcome.APPROVED, null));
		assertThat(versions).allSatisfy(version -> assertThat(version.getApproval().orElseThrow().getDecidedBy()).isEqualTo("director-school3"));
		assertThat(kind.returnCommentVariable().from(runtimeService, instance.getId())).isNull();
		assertThat(kind.approvedVariable().from(runtimeService, instance.getId())).isEqualTo(true);
	}

	@Test
	void shouldLeaveOutThePupilAndParentStepsOfATeachersProgrammeAsTheBusinessRuleDecides() {
		Programme programme = driver.startSchoolProgramme(ProgrammeAudience.TEACHERS);

		assertThat(historyService.createHistoricDecisionInstanceQuery().processInstanceId(
				programme.getProcessInstanceId()).includeOutputs().singleResult())
			.satisfies(decision -> {
				assertThat(decision.getDecisionDefinitionKey()).isEqualTo("roadmap-steps");
				assertThat(decision.getTenantId()).isEqualTo("school3");
				assertThat(decision.getOutputs()).extracting(output -> output.getValue())
					.containsExactlyInAnyOrder("pupils", "parents", "legal-representatives");
			});
		List<String> planned = driver.plan(programme).stream().map(PlanStep::getStep).toList();
		assertThat(planned).doesNotContain(ProgrammeProcess.INFORM_PARENTS, ProgrammeProcess.MEET_PUPILS,
				"collectThirdPartyInformation")
			.contains(ProgrammeProcess.INFORM_TEACHERS, "trainMentors", "publishResults")
			.hasSize(RoadmapStep.values().length - 3);

		driver.approveRegulationAndRoadmap(programme);
		ProcessInstance instance = instance(programme);
		assertThat(instance).isWaitingAt(ProgrammeProcess.INFORM_TEACHERS,
				ProgrammeProcess.MEET_ALUMNI_AND_ENTERPRISES, ProgrammeProcess.PUBLISH_ROADMAP);
		driver.inform(programme, ProgrammeProcess.INFORM_TEACHERS, 12);
		driver.inform(programme, ProgrammeProcess.MEET_ALUMNI_AND_ENTERPRISES, 4);
		driver.publish(programme);

		assertThat(instance).hasNotPassed(ProgrammeProcess.INFORM_PARENTS, ProgrammeProcess.MEET_PUPILS)
			.isWaitingAt(ProgrammeProcess.COLLECT_QUESTIONNAIRES, ProgrammeProcess.COLLECT_MENTOR_QUESTIONNAIRES);
		participants.fourIntoBases(programme);
		driver.workStagesTwoAndThree(programme);
		driver.workStagesFourToSeven(programme);
		assertThat(instance).isEnded().hasNotPassed(ProgrammeProcess.COLLECT_THIRD_PARTY_INFORMATION);
		assertDueDatesAsPlannedAndNothingOpen(programme);
		assertStageFourRecordedThePeople(programme);
		// the teachers' forms, kinds and directions of personalised programmes (seed 003)
		assertThat(mentoringChoices.findByProgrammeIdOrderById(programme.getId()))
			.extracting(MentoringChoice::getOption)
			.containsExactlyInAnyOrder(MentoringOption.PEDAGOGUE_PEDAGOGUE, MentoringOption.HEAD_PEDAGOGUE,
					MentoringOption.TRADITIONAL, MentoringOption.GROUP, MentoringOption.YOUNG_TEACHER);
	}

	/** Stage IV recorded who was trained, who met and whom each would prefer: each of the four people took part. */
	private void assertStageFourRecordedThePeople(Programme programme) {
		assertThat(training.trainedMentorIds(programme.getId())).hasSize(2);
		assertThat(training.groupMeetingAttendeeIds(programme.getId())).hasSize(4);
		assertThat(preferences.findByProgrammeId(programme.getId()))
			.extracting(ru.nastavnik.pairing.Preference::getParticipantId)
			.containsExactlyInAnyOrderElementsOf(training.groupMeetingAttendeeIds(programme.getId()).stream()
				.flatMap(id -> java.util.stream.Stream.of(id, id)).toList());
	}

	/** Every task was due as the plan says, and the year leaves nothing open: no task, no job. */
	private void assertDueDatesAsPlannedAndNothingOpen(Programme programme) {
		Map<String, LocalDate> plan = new java.util.HashMap<>();
		Map<String, String> groups = new java.util.HashMap<>();
		driver.plan(programme).forEach(step -> {
			plan.put(step.getStep(), step.getDueOn());
			groups.put(step.getStep(), step.getResponsibleGroup());
		});
		// the programme's own process and those called for its steps (a participant's enrolment is a process of its own)
		List<org.camunda.bpm.engine.history.HistoricTaskInstance> tasks = historyService
			.createHistoricTaskInstanceQuery()
			.rootProcessInstanceId(programme.getProcessInstanceId())
			.list();
		long questionnaires = tasks.stream()
			.filter(task -> task.getTaskDefinitionKey().equals(ProgrammeProcess.COLLECT_PREFERENCES)).count();
		// step 17 asks each attendee of the group meeting: one questionnaire task per respondent
		assertThat(questionnaires).isEqualTo(training.groupMeetingAttendeeIds(programme.getId()).size());
		// step 31 evaluates each participant in the bases again: one task per participant
		long secondEvaluations = tasks.stream()
			.filter(task -> task.getTaskDefinitionKey().equals("evaluateParticipantAgain")).count();
		assertThat(secondEvaluations).isEqualTo(jdbc.queryForObject("select count(*) from evaluation e join participant"
				+ " p on p.id = e.participant_id where p.programme_id = ? and e.stage = 'END'", Long.class,
				programme.getId()));
		// every other planned step: one task, no more — the year's work, in Tasklist
		assertThat(tasks).hasSize(plan.size() - 1 + (int) questionnaires + (int) secondEvaluations);
		// one overdue timer per task, the timer that opens each questionnaire round (steps 24 and 27), and the daily
		// timers of the digest and of the reminders
		long feedbackRounds = tasks.stream().filter(task -> ru.nastavnik.feedback.FeedbackSteps.ALL.contains(task
			.getTaskDefinitionKey())).count();
		java.util.Set<String> instances = new java.util.HashSet<>();
		instances.add(programme.getProcessInstanceId());
		historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(programme.getProcessInstanceId())
			.list().forEach(called -> instances.add(called.getId()));
		List<String> created = instances.stream().flatMap(id -> historyService.createHistoricJobLogQuery()
			.processInstanceId(id).creationLog().list().stream()).map(log -> log.getJobDefinitionType()).toList();
		assertThat(created.stream().filter(type -> type.startsWith("timer")).count())
			.isEqualTo(tasks.size() + feedbackRounds + 2);
		// stage V's long work runs in jobs after the people's requests: the matching, the draft, the order taking
		// effect, one job per pair in effect, the mails
		long pairsInEffect = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("mentoring-pair")
			.variableValueEquals(ProgrammeProcess.Var.PROGRAMME_ID.name(), programme.getId()).count();
		assertThat(pairsInEffect).isPositive();
		assertThat(created.stream().filter(type -> !type.startsWith("timer")))
			.hasSize(4 + (int) pairsInEffect).containsOnly("async-continuation");
		for (org.camunda.bpm.engine.history.HistoricTaskInstance task : tasks) {
			Object planStep = historyService.createHistoricVariableInstanceQuery()
				.processInstanceId(task.getProcessInstanceId())
				.variableName(ProgrammeProcess.Var.PLAN_STEP.name())
				.list().stream().findFirst().map(variable -> variable.getValue()).orElse(null);
			String step = planStep != null ? planStep.toString() : task.getTaskDefinitionKey();
			assertThat(task.getDueDate()).as(step).isEqualTo(endOfWorkingDay(plan.get(step)));
			List<String> candidates = historyService.createHistoricIdentityLinkLogQuery().taskId(task.getId())
				.type("candidate").list().stream().map(link -> link.getGroupId()).distinct().toList();
			if (task.getTaskDefinitionKey().startsWith("check")) {
				// steps 18–19 ask the psychologist about flagged pairs
				assertThat(candidates).as("candidate groups of %s", task.getTaskDefinitionKey())
					.containsExactly("psychologist");
			}
			else if (task.getTaskDefinitionKey().equals("evaluateParticipantAgain")) {
				// the second evaluation is by the group of the first
				assertThat(candidates).containsExactlyInAnyOrderElementsOf(List.of(groups.get("evaluateMentees")
					.split(",")));
			}
			else if (task.getTaskDefinitionKey().equals("approvePairingOrder")) {
				// the order is the director's alone among the step's responsible groups
				assertThat(candidates).containsExactly("director");
				assertThat(groups.get(step)).contains("director");
			}
			else {
				assertThat(candidates).as("candidate groups of %s", step)
					.containsExactlyInAnyOrderElementsOf(List.of(groups.get(step).split(",")));
			}
		}
		assertThat(taskService.createTaskQuery().processVariableValueEquals(ProgrammeProcess.Var.PROGRAMME_ID.name(),
				programme.getId()).count()).as("no task left open").isZero();
		assertThat(managementService.createJobQuery().processInstanceId(programme.getProcessInstanceId()).count())
			.as("no job left").isZero();
	}

	@Test
	void shouldRunAPupilsProgrammeThroughTheWholeYear() throws Exception {
		Programme programme = driver.startSchoolProgramme();
		int year = programme.getStartsOn().getYear();
		driver.completeStageOne(programme);
		ProcessInstance instance = instance(programme);
		assertThat(instance).isWaitingAt(ProgrammeProcess.COLLECT_QUESTIONNAIRES,
				ProgrammeProcess.COLLECT_MENTOR_QUESTIONNAIRES);
		ProcessInstance questionnaires = runtimeService.createProcessInstanceQuery()
			.superProcessInstanceId(instance.getId())
			.processDefinitionKey("questionnaires-and-consents")
			.variableValueEquals(ProgrammeProcess.Var.PLAN_STEP.name(), ProgrammeProcess.COLLECT_QUESTIONNAIRES)
			.singleResult();
		assertThat(questionnaires.getTenantId()).isEqualTo("school3");
		Task called = taskService.createTaskQuery().processInstanceId(questionnaires.getId()).singleResult();
		assertThat(called.getDueDate()).isEqualTo(endOfWorkingDay(LocalDate.of(year, 9, 30)));
		assertThat(called.getTenantId()).isEqualTo("school3");
		java.util.Date now = ClockUtil.getCurrentTime();
		ClockUtil.setCurrentTime(StageOneDriver.date(LocalDate.of(year, 10, 2)));
		assertThat(progress.overdue(programme)).extracting(ProgrammeProgress.OverdueStep::step)
			.contains(ProgrammeProcess.COLLECT_QUESTIONNAIRES, ProgrammeProcess.COLLECT_MENTOR_QUESTIONNAIRES);
		ClockUtil.setCurrentTime(now);
		// stages II and III side by side: the status is the earlier one, the stage names both
		assertListedAt(programme, ProgrammeStatus.MENTEE_BASE,
				"Этап II. Формирование базы наставляемых; Этап III. Формирование базы наставников");
		participants.fourIntoBases(programme);

		List<String> worked = new java.util.ArrayList<>(driver.workStagesTwoAndThree(programme));
		assertThat(instance).isWaitingAt("findTrainingExperts");
		// each step of stages IV–VII is worked while the programme reports the step's stage
		Map<Integer, ProgrammeStatus> stages = Map.of(4, ProgrammeStatus.MENTOR_TRAINING, 5, ProgrammeStatus.PAIRS,
				6, ProgrammeStatus.PAIR_WORK, 7, ProgrammeStatus.COMPLETION);
		Map<String, Integer> stageOfStep = new java.util.HashMap<>();
		driver.plan(programme).forEach(step -> stageOfStep.put(step.getStep(), step.getStage()));
		for (String step : StageOneDriver.STAGES_FOUR_TO_SEVEN) {
			ProgrammeStatus status = stages.get(stageOfStep.get(step));
			assertListedAt(programme, status, status.title());
			driver.work(programme, step);
		}
		worked.addAll(StageOneDriver.STAGES_FOUR_TO_SEVEN);

		assertThat(instance).isEnded()
			.hasPassedInOrder(ProgrammeProcess.STAGE_PREPARATION, ProgrammeProcess.RECORD_PREPARATION_COMPLETED)
			.hasPassed(ProgrammeProcess.STAGE_MENTEE_BASE, ProgrammeProcess.STAGE_MENTOR_BASE)
			.hasPassedInOrder(ProgrammeProcess.RECORD_PREPARATION_COMPLETED, "findTrainingExperts", "matchPairs",
					"holdOrganisationalMeetings", "holdFinalPairMeetings", "updateBases", ProgrammeProcess.PROGRAMME_COMPLETED)
			.hasPassedInOrder(StageOneDriver.STAGES_FOUR_TO_SEVEN.stream().filter(step -> !step.startsWith("collectFeedback")
					&& !step.equals("evaluateParticipantsAgain")).toArray(String[]::new))
			.hasPassedInOrder(ProgrammeProcess.COLLECT_QUESTIONNAIRES, ProgrammeProcess.COLLECT_THIRD_PARTY_INFORMATION,
					ProgrammeProcess.FORM_MENTEE_BASE, ProgrammeProcess.CHOOSE_MENTORING_FORMS,
					ProgrammeProcess.EVALUATE_MENTEES)
			.hasPassedInOrder(ProgrammeProcess.COLLECT_MENTOR_QUESTIONNAIRES, ProgrammeProcess.FORM_MENTOR_BASE,
					ProgrammeProcess.INTERVIEW_MENTORS, ProgrammeProcess.EVALUATE_MENTORS);
		assertThat(stepRecords.findByProgrammeIdOrderById(programme.getId()))
			.extracting(StepRecord::getStep)
			.containsExactlyInAnyOrderElementsOf(worked.stream()
				// these steps record choices and events of their own (step 17 records once, after the questionnaires)
				.filter(step -> !List.of(ProgrammeProcess.CHOOSE_MENTORING_FORMS, ProgrammeProcess.FIND_TRAINING_EXPERTS,
						ProgrammeProcess.TRAIN_MENTORS, ProgrammeProcess.HOLD_GROUP_MEETING, "matchPairs",
						"fixPairsByOrder").contains(step))
				.toList());
		assertThat(mentoringChoices.findByProgrammeIdOrderById(programme.getId()))
			.extracting(MentoringChoice::getOption)
			.containsExactlyInAnyOrder(MentoringOption.TEACHER_PUPIL, MentoringOption.STUDENT_PUPIL);
		assertThat(stepRecords.findByProgrammeIdOrderById(programme.getId()))
			.filteredOn(record -> record.getStep().equals(ProgrammeProcess.INTERVIEW_MENTORS))
			.singleElement()
			.satisfies(record -> assertThat(record.getRecordedBy()).isEqualTo("psychologist-school3"));
		assertDueDatesAsPlannedAndNothingOpen(programme);
		assertStageFourRecordedThePeople(programme);
		com.fasterxml.jackson.databind.JsonNode listed = listed(programme);
		assertThat(listed.get("percentDone").asInt()).as("steps done, called processes included").isEqualTo(100);
		assertThat(listed.get("stage").asText()).isEqualTo("Программа завершена");
		assertThat(listed.get("status").asText()).isEqualTo(ProgrammeStatus.COMPLETED.name());
		assertThat(listed.get("statusTitle").asText()).isEqualTo("Программа завершена");
		assertThat(listed.get("overdueSteps").asInt()).isZero();
		// the programme's own record of stage I stays as it was written
		assertThat(programmes.findById(programme.getId()).orElseThrow().getStatus())
			.isEqualTo(ProgrammeStatus.PREPARATION_COMPLETED);
		// the forms showed the people from the bases all year; the engine kept nothing that identifies them
		assertThat(EngineTablesScan.find(dataSource, EngineTablesScan.personalDataOf(dataSource, programme.getId())))
			.as("personal data in the engine's tables").isEmpty();
		// every step of stages II–VII in the plan was worked, each by one finished task (here or in its called process)
		assertThat(worked).containsExactlyInAnyOrderElementsOf(driver.plan(programme).stream()
			.filter(step -> step.getStage() > 1).map(PlanStep::getStep).toList());
	}

	/** The programme as the municipal curator's list of programmes shows it. */
	private com.fasterxml.jackson.databind.JsonNode listed(Programme programme) throws Exception {
		com.fasterxml.jackson.databind.JsonNode list = api.body(api.call("municipal-curator",
				org.springframework.http.HttpMethod.GET, "/api/programmes", null), org.springframework.http.HttpStatus.OK);
		return java.util.stream.StreamSupport.stream(list.spliterator(), false)
			.filter(listed -> listed.get("id").asLong() == programme.getId())
			.findFirst().orElseThrow();
	}

	private void assertListedAt(Programme programme, ProgrammeStatus status, String stage) throws Exception {
		com.fasterxml.jackson.databind.JsonNode listed = listed(programme);
		assertThat(listed.get("status").asText()).isEqualTo(status.name());
		assertThat(listed.get("statusTitle").asText()).isEqualTo(status.title());
		assertThat(listed.get("stage").asText()).isEqualTo(stage);
	}

	@Test
	void shouldRefuseAReturnWithoutAComment() {
		Programme programme = driver.startSchoolProgramme();
		driver.appointCurator(programme);
		driver.draft(programme, DocumentKind.REGULATION, "П-1");

		assertThatThrownBy(() -> driver.decide(programme, DocumentKind.REGULATION,
				Map.of(ApprovalForm.DECISION, ApprovalForm.RETURN)))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("Возвращая на доработку, напишите комментарий: что нужно исправить");

		assertThat(instance(programme)).isWaitingAt(ProgrammeProcess.APPROVE_REGULATION,
				ProgrammeProcess.DRAFT_ROADMAP);
		assertThat(documents.findByProgrammeIdAndKindOrderByVersion(programme.getId(), DocumentKind.REGULATION))
			.singleElement()
			.satisfies(draft -> assertThat(draft.getApproval()).isEmpty());
	}

	@Test
	void shouldRejectAFormWithMissingAndMalformedFieldsInRussianAndCommitNothing() {
		Programme programme = driver.startSchoolProgramme();

		assertThatThrownBy(() -> driver.submit(programme, ProgrammeProcess.APPOINT_CURATOR, "director-school3",
				Map.of("curatorLogin", "curator-school3", "orderDate", "31.05.2030")))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("Заполните поле «Номер приказа»")
			.hasMessageContaining("Поле «Дата приказа»: укажите дату в формате ГГГГ-ММ-ДД");

		assertThat(instance(programme)).isWaitingAt(ProgrammeProcess.APPOINT_CURATOR);
		assertThat(appointments.findByProgrammeIdOrderById(programme.getId())).isEmpty();
		assertThat(runtimeService.getVariables(programme.getProcessInstanceId()))
			.doesNotContainKeys(ProgrammeProcess.Var.CURATOR_LOGIN.name(), ProgrammeProcess.Field.ORDER_DATE);
		assertThat(programmes.findById(programme.getId()).orElseThrow().getCuratorLogin()).isNull();
	}

	@Test
	void shouldRefuseACuratorWhoIsNotACuratorOfTheOrganisation() {
		Programme programme = driver.startSchoolProgramme();

		assertThatThrownBy(() -> driver.submit(programme, ProgrammeProcess.APPOINT_CURATOR, "director-school3",
				Map.of("curatorLogin", "curator-kindergarten", "orderNumber", "12-ОД", "orderDate",
						StageOneDriver.today())))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("не найден среди кураторов организации «МБОУ СШ №3 г. Лысково»");
		assertThat(appointments.findByProgrammeIdOrderById(programme.getId())).isEmpty();
	}

	@Test
	void shouldRefuseADateInTheFutureAndAPageOutsideTheOrganisationsSite() {
		Programme programme = driver.startSchoolProgramme();
		driver.approveRegulationAndRoadmap(programme);

		assertThatThrownBy(() -> driver.submit(programme, ProgrammeProcess.PUBLISH_ROADMAP, "curator-school3",
				Map.of("roadmapUrl", "https://example.org/roadmap", "publishedOn", StageOneDriver.today())))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("Ссылка должна вести на сайт организации (school3-lyskovo.ru)");
		assertThatThrownBy(() -> driver.submit(programme, ProgrammeProcess.INFORM_TEACHERS, "director-school3",
				Map.of("eventHeld", "held", "heldOn", "2999-01-01", "participantCount", 0, "materials", "Презентация")))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("дата не может быть позже сегодняшней")
			.hasMessageContaining("Поле «Число участников»: целое число от 1 до 100000");
		assertThat(publications.findByProgrammeId(programme.getId())).isEmpty();
		assertThat(informingEvents.findByProgrammeIdOrderById(programme.getId())).isEmpty();
	}

	@Test
	void shouldCloseAStepAsNotHeldOnlyWithAReasonThatStaysInTheHistory() {
		Programme programme = driver.startSchoolProgramme();
		driver.approveRegulationAndRoadmap(programme);
		Task parents = driver.task(programme, ProgrammeProcess.INFORM_PARENTS);

		assertThatThrownBy(() -> driver.submit(programme, ProgrammeProcess.INFORM_PARENTS, "director-school3",
				Map.of("eventHeld", "notHeld")))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("Заполните поле «Причина, по которой мероприятие не проводилось»");
		assertThat(instance(programme)).isWaitingAt(ProgrammeProcess.INFORM_PARENTS, ProgrammeProcess.INFORM_TEACHERS,
				ProgrammeProcess.MEET_ALUMNI_AND_ENTERPRISES, ProgrammeProcess.MEET_PUPILS,
				ProgrammeProcess.PUBLISH_ROADMAP);

		driver.submit(programme, ProgrammeProcess.INFORM_PARENTS, "director-school3", Map.of("eventHeld", "notHeld",
				"notHeldReason", "Родительское собрание перенесено на сентябрь из-за карантина"));

		assertThat(informingEvents.findByProgrammeIdOrderById(programme.getId())).singleElement()
			.satisfies(event -> {
				assertThat(event.isHeld()).isFalse();
				assertThat(event.getCommunity()).isEqualTo(Community.PARENTS);
				assertThat(event.getNotHeldReason()).startsWith("Родительское собрание перенесено");
			});
		assertThat(historyService.createHistoricVariableInstanceQuery().taskIdIn(parents.getId())
			.variableName(ProgrammeProcess.Var.NOT_HELD_REASON.name()).singleResult().getValue())
			.isEqualTo("Родительское собрание перенесено на сентябрь из-за карантина");
		assertThat(runtimeService.getVariables(programme.getProcessInstanceId()))
			.doesNotContainKeys(ProgrammeProcess.Field.EVENT_HELD, ProgrammeProcess.Var.NOT_HELD_REASON.name());
	}

	@Test
	void shouldEscalateAnOverdueStepToTheCuratorAndTheDirectorAndKeepTheTaskOpen() {
		Programme programme = driver.startSchoolProgramme();
		int year = programme.getStartsOn().getYear();
		Task task = driver.task(programme, ProgrammeProcess.APPOINT_CURATOR);
		Job timer = managementService.createJobQuery().processInstanceId(programme.getProcessInstanceId())
			.activityId(ProgrammeProcess.APPOINT_CURATOR).timers().singleResult();
		assertThat(timer.getDuedate()).isEqualTo(endOfWorkingDay(LocalDate.of(year, 5, 31)));
		assertThat(timer.getTenantId()).isEqualTo("school3");
		int messagesBefore = outbox.findByTenantIdOrderById("school3").size();

		ClockUtil.setCurrentTime(StageOneDriver.date(LocalDate.of(year, 6, 1)));
		execute(job(ProgrammeProcess.APPOINT_CURATOR, instance(programme)));

		assertThat(escalations.findByProgrammeIdOrderById(programme.getId())).singleElement()
			.satisfies(escalation -> {
				assertThat(escalation.getStep()).isEqualTo(ProgrammeProcess.APPOINT_CURATOR);
				assertThat(escalation.getTaskId()).isEqualTo(task.getId());
				assertThat(escalation.getDueOn()).isEqualTo(LocalDate.of(year, 5, 31));
			});
		List<OutboxMessage> messages = outbox.findByTenantIdOrderById("school3");
		assertThat(messages.subList(messagesBefore, messages.size()))
			.extracting(OutboxMessage::getRecipientLogin)
			.containsExactlyInAnyOrder("curator-school3", "director-school3");
		assertThat(messages.get(messages.size() - 1).getSubject())
			.isEqualTo("Просрочен шаг программы наставничества: «Назначение куратора программы наставничества»");
		assertThat(messages.get(messages.size() - 1).getBody()).contains("31.05." + year)
			.contains("МБОУ СШ №3 г. Лысково");
		// nothing is skipped: the task stays open, and the history keeps the overdue fact next to it
		assertThat(instance(programme)).isWaitingAt(ProgrammeProcess.APPOINT_CURATOR);
		assertThat(historyService.createHistoricVariableInstanceQuery()
			.taskIdIn(task.getId())
			.variableName(ProgrammeProcess.Var.OVERDUE_ESCALATED_AT.name())
			.singleResult()).isNotNull();
		assertThat(historyService.createHistoricJobLogQuery().jobId(timer.getId()).successLog().count())
			.isEqualTo(1);
	}

	@Test
	void shouldSendTheDirectorADailyDigestOfOverdueStepsOnlyWhenThereAreAny() {
		Programme programme = driver.startSchoolProgramme();
		int year = programme.getStartsOn().getYear();
		Job digest = managementService.createJobQuery().processInstanceId(programme.getProcessInstanceId())
			.activityId(ProgrammeProcess.OVERDUE_DIGEST_DUE).singleResult();
		assertThat(digest).isNotNull();
		int before = outbox.findByTenantIdOrderById("school3").size();

		ClockUtil.setCurrentTime(digest.getDuedate());
		execute(digest);
		assertThat(outbox.findByTenantIdOrderById("school3")).as("nothing overdue, no digest").hasSize(before);

		ClockUtil.setCurrentTime(StageOneDriver.date(LocalDate.of(year, 6, 2)));
		Job next = managementService.createJobQuery().processInstanceId(programme.getProcessInstanceId())
			.activityId(ProgrammeProcess.OVERDUE_DIGEST_DUE).singleResult();
		assertThat(next.getDuedate()).isAfter(digest.getDuedate());
		execute(next);

		List<OutboxMessage> messages = outbox.findByTenantIdOrderById("school3");
		assertThat(messages.subList(before, messages.size())).singleElement().satisfies(message -> {
			assertThat(message.getRecipientLogin()).isEqualTo("director-school3");
			assertThat(message.getSubject()).isEqualTo("Сводка просроченных шагов программы наставничества: 1");
			assertThat(message.getBody()).contains("«Назначить куратора программы»: срок 31.05." + year
					+ ", просрочено на 2 дн.");
		});
		assertThat(instance(programme)).isWaitingAt(ProgrammeProcess.APPOINT_CURATOR);
	}

	@Test
	void shouldRefuseFormsOfMentoringThatDoNotSuitTheProgrammesAudience() {
		Programme programme = driver.startSchoolProgramme(ProgrammeAudience.TEACHERS);
		driver.completeStageOne(programme);
		for (String step : List.of(ProgrammeProcess.COLLECT_QUESTIONNAIRES, ProgrammeProcess.FORM_MENTEE_BASE)) {
			driver.recordStep(programme, step);
		}
		Task choose = driver.task(programme, ProgrammeProcess.CHOOSE_MENTORING_FORMS);

		assertThatThrownBy(() -> driver.submitTask(choose, "workgroup-school3",
				Map.of("mentoringForms", List.of("TEACHER_PUPIL"), "mentoringKinds", List.of("GROUP"))))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("«Формы наставничества»: пункт «TEACHER_PUPIL» не подходит для программы «Программа для педагогов»")
			.hasMessageContaining("Выберите хотя бы один пункт: «Направления персонализированных программ»");
		assertThat(mentoringChoices.findByProgrammeIdOrderById(programme.getId())).isEmpty();
		assertThat(instance(programme)).isWaitingAt(ProgrammeProcess.CHOOSE_MENTORING_FORMS);
	}

	@Test
	void shouldHaveEveryStepOfThePlanInTheModel() {
		org.camunda.bpm.model.bpmn.BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(
				engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(ProgrammeProcess.KEY)
					.latestVersion().singleResult().getId());
		for (RoadmapStep step : RoadmapStep.values()) {
			org.camunda.bpm.model.bpmn.instance.FlowNode element = model.getModelElementById(step.step());
			assertThat(element).as(step.step()).isNotNull();
			assertThat(element.getName()).as(step.step()).matches(".*[А-Яа-яЁё].*");
			if (element instanceof org.camunda.bpm.model.bpmn.instance.UserTask task) {
				// the seed's responsible groups are the step's candidate groups
				assertThat(List.of(task.getCamundaCandidateGroups().split(","))).as(step.step())
					.containsExactlyInAnyOrderElementsOf(step.responsible().stream().map(role -> role.groupId()).toList());
			}
		}
	}

	@Test
	void shouldTakeCandidateGroupsFromTheRoadmapTemplate() {
		Programme programme = driver.startSchoolProgramme();
		driver.completeStageOne(programme);

		for (RoadmapStep step : List.of(RoadmapStep.values()).stream().filter(step -> step.stage() == 1).toList()) {
			List<String> groups = historyService.createHistoricIdentityLinkLogQuery()
				.processDefinitionKey(ProgrammeProcess.KEY)
				.taskId(historyService.createHistoricTaskInstanceQuery()
					.processInstanceId(programme.getProcessInstanceId())
					.taskDefinitionKey(step.step())
					.list().get(0).getId())
				.type("candidate")
				.list().stream().map(link -> link.getGroupId()).distinct().toList();
			assertThat(groups).as(step.step())
				.containsExactlyInAnyOrderElementsOf(step.responsible().stream().map(role -> role.groupId()).toList());
		}
	}
}
