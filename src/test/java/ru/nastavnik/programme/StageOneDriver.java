package ru.nastavnik.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import ru.nastavnik.approval.ApprovalForm;
import ru.nastavnik.engine.FormOption;
import ru.nastavnik.engine.TaskForms;
import ru.nastavnik.organisation.Organisation;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.pairwork.PairWorkDriver;

/**
 * Works Stage I as its people would in Tasklist: each step's form submitted by a person of the organisation. Every
 * programme gets an academic year of its own, so tests sharing the database never collide.
 */
@Component
public class StageOneDriver {

	private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2030);

	public static final String SCHOOL = "school3";

	private final ProgrammeManagement management;

	private final Organisations organisations;

	private final TaskService taskService;

	private final FormService formService;

	private final IdentityService identityService;

	private final RoadmapPlan plan;

	private final RuntimeService runtimeService;

	private final StepRecords stepRecords;

	private final TaskForms taskForms;

	private final ManagementService managementService;

	private final PairWorkDriver pairWork;

	private final ru.nastavnik.participant.EvaluationSets evaluationSets;

	StageOneDriver(ProgrammeManagement management, Organisations organisations, TaskService taskService,
			FormService formService, IdentityService identityService, RoadmapPlan plan, RuntimeService runtimeService,
			StepRecords stepRecords, TaskForms taskForms, ManagementService managementService,
			PairWorkDriver pairWork, ru.nastavnik.participant.EvaluationSets evaluationSets) {
		this.pairWork = pairWork;
		this.evaluationSets = evaluationSets;
		this.taskForms = taskForms;
		this.managementService = managementService;
		this.stepRecords = stepRecords;
		this.runtimeService = runtimeService;
		this.plan = plan;
		this.management = management;
		this.organisations = organisations;
		this.taskService = taskService;
		this.formService = formService;
		this.identityService = identityService;
	}

	/** Starts a school 3 programme for a fresh academic year, with the engine's clock on May 1 of its first year. */
	public Programme startSchoolProgramme() {
		return startSchoolProgramme(ProgrammeAudience.PUPILS);
	}

	public Programme startSchoolProgramme(ProgrammeAudience audience) {
		int year = NEXT_YEAR.getAndIncrement();
		ClockUtil.setCurrentTime(date(LocalDate.of(year, 5, 1)));
		Organisation school = organisations.findByTenantId(SCHOOL).orElseThrow();
		return management.start(school, year + "/" + (year + 1), audience, "director-school3");
	}

	public List<PlanStep> plan(Programme programme) {
		return plan.of(programme.getId());
	}

	public List<StepRecord> stepRecords(Programme programme) {
		return stepRecords.findByProgrammeIdOrderById(programme.getId());
	}

	public Task task(Programme programme, String step) {
		return taskService.createTaskQuery()
			.processInstanceId(programme.getProcessInstanceId())
			.taskDefinitionKey(step)
			.singleResult();
	}

	/** Submits the step's form as the given person of school 3, as Tasklist does. */
	public void submit(Programme programme, String step, String login, Map<String, Object> values) {
		Task task = task(programme, step);
		assertThat(task).as("открытая задача «%s»", step).isNotNull();
		submitTask(task, login, values);
	}

	public void submitTask(Task task, String login, Map<String, Object> values) {
		List<String> groups = identityService.createGroupQuery().groupMember(login).list().stream()
			.map(group -> group.getId())
			.toList();
		// authorization and tenant checks apply, as for the person in Tasklist
		identityService.setAuthentication(login, groups, List.of(SCHOOL));
		try {
			formService.submitTaskForm(task.getId(), values);
		}
		finally {
			identityService.clearAuthentication();
		}
	}

	public void appointCurator(Programme programme) {
		submit(programme, ProgrammeProcess.APPOINT_CURATOR, "director-school3", Map.of("curatorLogin",
				"curator-school3", "orderNumber", "12-ОД", "orderDate", today()));
	}

	public void draft(Programme programme, DocumentKind kind, String reference) {
		submit(programme, kind == DocumentKind.REGULATION ? ProgrammeProcess.DRAFT_REGULATION
				: ProgrammeProcess.DRAFT_ROADMAP, "curator-school3",
				Map.of(kind.referenceVariable(), reference, kind.summaryVariable(), "Цели, задачи, формы и порядок работы"));
	}

	public void approve(Programme programme, DocumentKind kind) {
		decide(programme, kind, Map.of(ApprovalForm.DECISION, ApprovalForm.APPROVE));
	}

	public void returnForRework(Programme programme, DocumentKind kind, String comment) {
		decide(programme, kind, Map.of(ApprovalForm.DECISION, ApprovalForm.RETURN, ApprovalForm.COMMENT, comment));
	}

	public void decide(Programme programme, DocumentKind kind, Map<String, Object> values) {
		submit(programme, kind == DocumentKind.REGULATION ? ProgrammeProcess.APPROVE_REGULATION
				: ProgrammeProcess.APPROVE_ROADMAP, "director-school3", values);
	}

	public void inform(Programme programme, String step, int participants) {
		submit(programme, step, "director-school3", Map.of("eventHeld", "held", "heldOn", today(),
				"participantCount", participants, "materials", "Презентация программы, ответы на вопросы"));
	}

	public void publish(Programme programme) {
		submit(programme, ProgrammeProcess.PUBLISH_ROADMAP, "curator-school3",
				Map.of("roadmapUrl", "https://school3-lyskovo.ru/nastavnichestvo", "publishedOn", today()));
	}

	/** From the start to the approved regulation and roadmap, without returns. */
	public void approveRegulationAndRoadmap(Programme programme) {
		appointCurator(programme);
		draft(programme, DocumentKind.REGULATION, "П-1");
		draft(programme, DocumentKind.ROADMAP, "ДК-1");
		approve(programme, DocumentKind.REGULATION);
		approve(programme, DocumentKind.ROADMAP);
	}

	/** Works the whole of Stage I without returns (a teachers' programme has no parent or pupil meetings). */
	public void completeStageOne(Programme programme) {
		approveRegulationAndRoadmap(programme);
		inform(programme, ProgrammeProcess.INFORM_TEACHERS, 42);
		if (programme.getAudience() == ProgrammeAudience.PUPILS) {
			inform(programme, ProgrammeProcess.INFORM_PARENTS, 120);
		}
		inform(programme, ProgrammeProcess.MEET_ALUMNI_AND_ENTERPRISES, 15);
		if (programme.getAudience() == ProgrammeAudience.PUPILS) {
			inform(programme, ProgrammeProcess.MEET_PUPILS, 300);
		}
		publish(programme);
	}

	/** Works stages II and III, side by side, as their groups would; returns the steps worked. */
	public List<String> workStagesTwoAndThree(Programme programme) {
		List<String> steps = new java.util.ArrayList<>();
		boolean pupils = programme.getAudience() == ProgrammeAudience.PUPILS;
		List<String> menteeBase = pupils
				? List.of(ProgrammeProcess.COLLECT_QUESTIONNAIRES, ProgrammeProcess.COLLECT_THIRD_PARTY_INFORMATION,
						ProgrammeProcess.FORM_MENTEE_BASE, ProgrammeProcess.CHOOSE_MENTORING_FORMS,
						ProgrammeProcess.EVALUATE_MENTEES)
				: List.of(ProgrammeProcess.COLLECT_QUESTIONNAIRES, ProgrammeProcess.FORM_MENTEE_BASE,
						ProgrammeProcess.CHOOSE_MENTORING_FORMS, ProgrammeProcess.EVALUATE_MENTEES);
		List<String> mentorBase = List.of(ProgrammeProcess.COLLECT_MENTOR_QUESTIONNAIRES,
				ProgrammeProcess.FORM_MENTOR_BASE, ProgrammeProcess.INTERVIEW_MENTORS, ProgrammeProcess.EVALUATE_MENTORS);
		for (int i = 0; i < Math.max(menteeBase.size(), mentorBase.size()); i++) {
			if (i < menteeBase.size()) {
				work(programme, menteeBase.get(i));
				steps.add(menteeBase.get(i));
			}
			if (i < mentorBase.size()) {
				work(programme, mentorBase.get(i));
				steps.add(mentorBase.get(i));
			}
		}
		return steps;
	}

	/** The clock moves through the year: each step is worked in its planned month, never after its due date. */
	public void work(Programme programme, String step) {
		LocalDate due = plan(programme).stream().filter(planned -> planned.getStep().equals(step))
			.findFirst().orElseThrow().getDueOn();
		java.util.Date dayBefore = StageOneDriver.date(due.minusDays(1));
		if (dayBefore.after(ClockUtil.getCurrentTime())) {
			ClockUtil.setCurrentTime(dayBefore);
		}
		recordStep(programme, step);
	}

	/**
	 * Records a step of stages II–VII as held, as a person of the responsible group would: the step's own task, or
	 * the task of the process called for it.
	 */
	public void recordStep(Programme programme, String step) {
		if (ProgrammeProcess.COLLECT_PREFERENCES.equals(step)) {
			collectPreferences(programme);
			return;
		}
		if ("matchPairs".equals(step) || "fixPairsByOrder".equals(step)) {
			workPairing(programme, step);
			return;
		}
		if (PairWorkDriver.isPairStep(step)) {
			// the pairs do it first, in their own processes; the programme's step closes from their facts
			pairWork.workPairs(programme.getId(), step, programme.getOrganisation().getTenantId());
		}
		if (ru.nastavnik.participant.SecondEvaluationProcess.KEY.equals(calledFor(programme, step))) {
			evaluateEveryoneAgain(programme);
		}
		// a step of the programme: in its own process or in one called for the step (not in a participant's process)
		String[] tree = runtimeService.createProcessInstanceQuery()
			.rootProcessInstanceId(programme.getProcessInstanceId())
			.list().stream().map(instance -> instance.getId()).toArray(String[]::new);
		Task task = taskService.createTaskQuery()
			.processInstanceIdIn(tree)
			.processVariableValueEquals(ProgrammeProcess.Var.PLAN_STEP.name(), step)
			.list().stream()
			.filter(found -> !ru.nastavnik.participant.SecondEvaluationProcess.EVALUATE_AGAIN
				.equals(found.getTaskDefinitionKey()))
			.findFirst().orElse(null);
		if (task == null) {
			task = task(programme, step);
		}
		assertThat(task).as("открытая задача шага «%s»", step).isNotNull();
		List<String> groups = taskService.getIdentityLinksForTask(task.getId()).stream()
			.map(link -> link.getGroupId())
			.filter(java.util.Objects::nonNull)
			.toList();
		String login = groups.contains("working-group") ? "workgroup-school3"
				: groups.contains("psychologist") ? "psychologist-school3"
						: groups.contains("curator") ? "curator-school3" : "director-school3";
		submitTask(task, login, stepValues(task, step, programme));
	}

	/** The key of the process the programme called for the step, if it runs in one. */
	private String calledFor(Programme programme, String step) {
		return runtimeService.createProcessInstanceQuery().rootProcessInstanceId(programme.getProcessInstanceId())
			.variableValueEquals(ProgrammeProcess.Var.PLAN_STEP.name(), step).list().stream()
			.map(instance -> instance.getProcessDefinitionId().split(":")[0]).findFirst().orElse(null);
	}

	/** Step 31 as the working group works it: each participant in the bases evaluated a second time. */
	public void evaluateEveryoneAgain(Programme programme) {
		for (Task task : secondEvaluationTasks(programme)) {
			Long participant = (Long) taskService.getVariable(task.getId(), "participantId");
			Map<String, Object> scores = new java.util.HashMap<>();
			int count = evaluationSets.of(participant).size();
			for (int i = 0; i < count; i++) {
				// a little growth, as a year of mentoring brings
				scores.put("score" + (i + 1), 4);
			}
			submitTask(task, "workgroup-school3", scores);
		}
	}

	/** The open tasks of the programme's second evaluation, one per participant. */
	public List<Task> secondEvaluationTasks(Programme programme) {
		String[] tree = runtimeService.createProcessInstanceQuery()
			.rootProcessInstanceId(programme.getProcessInstanceId())
			.list().stream().map(instance -> instance.getId()).toArray(String[]::new);
		return taskService.createTaskQuery().processInstanceIdIn(tree)
			.taskDefinitionKey(ru.nastavnik.participant.SecondEvaluationProcess.EVALUATE_AGAIN).list();
	}

	/**
	 * Steps 18–19 as their people would: the working group passes the proposal on, the psychologist finds each
	 * flagged pair compatible, the director approves the order.
	 */
	private void workPairing(Programme programme, String step) {
		while (true) {
			// the matching, the draft and the order taking effect run as jobs after each person's request
			runAsyncSteps(programme.getProcessInstanceId());
			String[] tree = runtimeService.createProcessInstanceQuery()
				.rootProcessInstanceId(programme.getProcessInstanceId())
				.list().stream().map(instance -> instance.getId()).toArray(String[]::new);
			List<Task> open = taskService.createTaskQuery().processInstanceIdIn(tree)
				.processVariableValueEquals(ProgrammeProcess.Var.PLAN_STEP.name(), step).list();
			if (open.isEmpty()) {
				return;
			}
			Task task = open.get(0);
			switch (task.getTaskDefinitionKey()) {
				case "checkCompatibility", "checkReworkedCompatibility" -> submitTask(task, "psychologist-school3",
						Map.of("compatible", "yes"));
				case "approvePairingOrder" -> submitTask(task, "director-school3", Map.of(ApprovalForm.DECISION, ApprovalForm.APPROVE));
				default -> submitTask(task, "workgroup-school3", Map.of("reviewDecision", "accept"));
			}
		}
	}

	/**
	 * Runs the asynchronous continuations of the process tree under this root instance as the job executor would
	 * (each job its own transaction; timers stay), until none is left. A job that fails fails the caller.
	 *
	 * @return how many jobs ran
	 */
	public int runAsyncSteps(String rootProcessInstanceId) {
		int executed = 0;
		while (true) {
			java.util.Set<String> tree = runtimeService.createProcessInstanceQuery()
				.rootProcessInstanceId(rootProcessInstanceId).list().stream().map(instance -> instance.getId())
				.collect(java.util.stream.Collectors.toSet());
			if (tree.isEmpty()) {
				return executed;
			}
			List<org.camunda.bpm.engine.runtime.Job> jobs = managementService.createJobQuery().processInstanceIds(tree)
				.messages().executable().list();
			if (jobs.isEmpty()) {
				return executed;
			}
			for (org.camunda.bpm.engine.runtime.Job job : jobs) {
				managementService.executeJob(job.getId());
				executed++;
			}
		}
	}

	/** What the step's form sends, as Tasklist does: checklists as JSON arrays, people among those offered. */
	private Map<String, Object> stepValues(Task task, String step, Programme programme) {
		if (PairWorkDriver.isPairStep(step)) {
			return Map.of();
		}
		switch (step) {
			case ProgrammeProcess.CHOOSE_MENTORING_FORMS:
				return programme.getAudience() == ProgrammeAudience.TEACHERS
						? Map.of("mentoringForms", json("[\"PEDAGOGUE_PEDAGOGUE\", \"HEAD_PEDAGOGUE\"]"),
								"mentoringKinds", json("[\"TRADITIONAL\", \"GROUP\"]"),
								"personalisedDirections", json("[\"YOUNG_TEACHER\"]"))
						: Map.of("mentoringForms", json("[\"TEACHER_PUPIL\", \"STUDENT_PUPIL\"]"));
			case ProgrammeProcess.FIND_TRAINING_EXPERTS:
				return Map.of("trainingTopic", "Роль наставника, этапы работы пары", "plannedOn", today(), "experts",
						"Иванова Е. П., методист ИРО", "trainingMaterials", "Методические рекомендации Р-145, презентация");
			case ProgrammeProcess.TRAIN_MENTORS:
				return Map.of("heldOn", today(), "trainedMentorIds", jsonArray(offered(task, "trainingCandidates")));
			case ProgrammeProcess.HOLD_GROUP_MEETING:
				return Map.of("heldOn", today(), "meetingTopic", "Знакомство наставников и наставляемых",
						"attendeeIds", jsonArray(offered(task, "meetingCandidates")));
			case ProgrammeProcess.EVALUATE_MENTEES, ProgrammeProcess.EVALUATE_MENTORS,
					ProgrammeProcess.EVALUATE_PARTICIPANTS_AGAIN:
				// read only when someone in the bases is not evaluated, or nobody is in them
				return Map.of("pendingReason", "Оценка отложена: участники на каникулах, оценим после их возвращения");
			case "monitorProgrammeQuality":
				return qualityReview();
			case "sendInvitations":
				return Map.of("eventDate", LocalDate.parse(today()).plusDays(7).toString(), "eventTime", "15:00",
						"eventMinutes", 90, "eventPlace", "Актовый зал школы", "guestGroups",
						json("[\"PARTICIPANTS\", \"REPRESENTATIVES\", \"PARTNERS\"]"));
			case "collectFeedbackNovember", "collectFeedbackMay", "surveySatisfaction":
				// the driver runs no timers: the round's questionnaires never went out, so the step closes with a reason
				return Map.of("noAnswersReason", "Анкеты не разосланы: обратная связь собрана на групповой встрече");
			default:
				return Map.of("eventHeld", "held", "heldOn", today(), "participantCount", 25,
						"materials", "Итоги шага «" + task.getName() + "»");
		}
	}

	/** A filled form of step 30: the SWOT analysis, the curator's eight scores (mean 4,0) and a recommendation. */
	public static Map<String, Object> qualityReview() {
		Map<String, Object> review = new java.util.HashMap<>(Map.of("strengths",
				"Опытные наставники, пары встречались регулярно", "weaknesses",
				"Весной встреч стало меньше: олимпиады и экзамены", "opportunities",
				"Технопарк района готов принять проектные группы", "threats",
				"Нагрузка педагогов-наставников в конце года", "recommendations",
				"Планировать весенние встречи до начала олимпиад"));
		review.putAll(Map.of("goals", "5", "roadmap", "4", "matching", "4", "mentorsReady", "5", "plans", "3",
				"engagement", "4", "resources", "3", "community", "4"));
		return review;
	}

	/** Stages IV–VII in the order the year runs them (parallel parts by their months). */
	public static final List<String> STAGES_FOUR_TO_SEVEN = List.of("findTrainingExperts", "trainMentors",
			"holdGroupMeeting", "collectPreferences", "matchPairs", "fixPairsByOrder", "holdOrganisationalMeetings",
			"holdTrialMeetings", "holdPlanningMeetings", "collectFeedbackNovember", "holdRegularMeetings",
			"collectFeedbackMay", "holdFinalPairMeetings", "holdFinalGroupMeeting", "surveySatisfaction",
			"sendInvitations", "holdFinalEvent", "monitorProgrammeQuality", "evaluateParticipantsAgain", "writeUpCases",
			"publishResults", "updateBases");

	/** Works stages IV–VII in their order up to the step, which is left waiting. */
	public void workStagesFourToSevenBefore(Programme programme, String waiting) {
		assertThat(STAGES_FOUR_TO_SEVEN).contains(waiting);
		for (String step : STAGES_FOUR_TO_SEVEN.subList(0, STAGES_FOUR_TO_SEVEN.indexOf(waiting))) {
			work(programme, step);
		}
	}

	public void workStagesFourToSeven(Programme programme) {
		STAGES_FOUR_TO_SEVEN.forEach(step -> work(programme, step));
	}

	/** The values of the options a form offers when it is read (participant ids). */
	public List<String> offered(Task task, String variable) {
		return options(task, variable).stream().map(FormOption::value).toList();
	}

	/** The options a form offers when it is read; none when it offers none. */
	@SuppressWarnings("unchecked")
	public List<FormOption> options(Task task, String variable) {
		return (List<FormOption>) taskForms.shown(task.getId()).getOrDefault(variable, List.of());
	}

	/** Each respondent's questionnaire (step 17): their first and, where offered, second choice. */
	public void collectPreferences(Programme programme) {
		for (Task questionnaire : taskService.createTaskQuery().processInstanceId(programme.getProcessInstanceId())
			.taskDefinitionKey(ProgrammeProcess.COLLECT_PREFERENCES).list()) {
			List<String> offered = offered(questionnaire, "preferenceOptions");
			Map<String, Object> answers = new java.util.HashMap<>();
			if (!offered.isEmpty()) {
				answers.put("firstChoice", offered.get(0));
			}
			if (offered.size() > 1) {
				answers.put("secondChoice", offered.get(1));
			}
			submitTask(questionnaire, "workgroup-school3", answers);
		}
	}

	/** A checklist's values as Tasklist sends them: a JSON array of strings. */
	public static Object jsonArray(List<String> values) {
		return json(values.stream().map(value -> "\"" + value + "\"").collect(java.util.stream.Collectors.joining(", ", "[", "]")));
	}

	public static Object json(String array) {
		return org.camunda.spin.plugin.variable.SpinValues.jsonValue(array).create();
	}

	public static String today() {
		return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault()).toString();
	}

	public static Date date(LocalDate day) {
		return Date.from(day.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant());
	}
}
