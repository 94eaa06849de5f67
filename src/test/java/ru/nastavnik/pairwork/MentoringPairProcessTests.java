package ru.nastavnik.pairwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
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
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.PageClient;
import ru.nastavnik.consent.ConsentRevocation;
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairing.MentoringPairs;
import ru.nastavnik.pairing.PairStatus;
import ru.nastavnik.pairing.PairingDriver;
import ru.nastavnik.pairing.PairingProcess;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.ParticipantDriver;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.security.CurrentUser;

/**
 * Every path of a pair's own process ({@code mentoring-pair}): the year of one pair with the clock moved through its
 * schedule (its first meetings, the plan, meetings held and missed — the curator asked, then the working group — and
 * the final meeting); a trial meeting after which the pair does not go on; a consent revoked mid-year.
 */
@NastavnikTest
class MentoringPairProcessTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	static final String WORKING_GROUP = "workgroup-school3";

	@LocalServerPort
	int port;

	@Autowired
	PairingDriver pairing;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	HistoryService historyService;

	@Autowired
	MentoringPairs pairs;

	@Autowired
	IndividualPlanning planning;

	@Autowired
	ru.nastavnik.engine.TaskForms taskForms;

	@Autowired
	MeetingLog meetingLog;

	@Autowired
	ConsentRevocation revocation;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	Programme programme;

	Participant coder;

	MentoringPair pair;

	ProcessInstance process;

	/** Stage V done: the order approved, the pupil who wants to code paired with the engineer, its process started. */
	@BeforeEach
	void fixThePairsByOrder() {
		PairingDriver.School school = pairing.school();
		programme = school.programme();
		coder = school.coder();
		pair = pairing.pairsInEffect(school);
		process = runtimeService.createProcessInstanceQuery().processInstanceId(pair.getProcessInstanceId())
			.singleResult();
	}

	@Test
	void shouldWalkAPairThroughItsYearOnTheScheduleOfItsPlan() {
		// step 20, due by the programme's plan, for the working group; a form without the rules is refused in Russian
		assertThat(process).isWaitingAt(PairWorkProcess.HOLD_ORGANISATIONAL_MEETING);
		Task organisational = task();
		assertThat(groups(organisational)).containsExactly("working-group");
		assertThat(organisational.getDueDate()).isAfter(date(ParticipantDriver.today().plusDays(13)));
		assertThatThrownBy(() -> pairing.submitOnly(organisational, WORKING_GROUP, meeting()))
			.hasMessageContaining("Правила взаимодействия");
		assertThat(log(null)).isZero();
		pairing.submitOnly(organisational, WORKING_GROUP, with(meeting(), "contactRules",
				"По средам после уроков, переносы — в мессенджере за день"));
		assertThat(log(MeetingKind.ORGANISATIONAL)).isOne();

		nextWeek();
		pairing.submitOnly(task(), WORKING_GROUP, with(with(meeting(), "tried", "Собрали первую программу на Scratch"),
				"pairGoesOn", "yes"));
		assertThat(log(MeetingKind.TRIAL)).isOne();

		// step 22 waits for the individual plan agreed by both sides; until then the plan's page offers the form
		nextWeek();
		assertThat(process).isWaitingAt(PairWorkProcess.HOLD_PLANNING_MEETING);
		PageClient workingGroup = PageClient.signIn(port, WORKING_GROUP, "demo");
		assertThat(workingGroup.get("/pairs/" + pair.getId() + "/plan").body()).contains("Плана ещё нет",
				"Составить план");
		assertThat(workingGroup.getBytes("/pairs/" + pair.getId() + "/plan.pdf").statusCode()).isEqualTo(404);
		Task planningMeeting = task();
		assertThatThrownBy(() -> pairing.submitOnly(planningMeeting, WORKING_GROUP, meeting()))
			.hasMessageContaining("нет индивидуального плана");
		LocalDate start = ParticipantDriver.today().plusDays(3);
		IndividualPlan plan = transaction.execute(status -> planning.draft(view(), new PlanDraft(null,
				MeetingCadence.WEEKLY, 3, start, List.of(new PlanDraft.Goal("Собрать свой проект на Python", List.of(
						new PlanDraft.Task("Выбрать тему", "Тема утверждена", start.plusDays(14)))))), WORKING_GROUP));
		assertThatThrownBy(() -> pairing.submitOnly(planningMeeting, WORKING_GROUP, meeting()))
			.hasMessageContaining("не согласован");
		transaction.executeWithoutResult(status -> planning.markAgreements(view(), ParticipantDriver.today(),
				ParticipantDriver.today(), WORKING_GROUP));
		pairing.submitOnly(planningMeeting, WORKING_GROUP, meeting());
		assertThat(process).isWaitingAt(PairWorkProcess.NEXT_MEETING_DUE);
		assertThat(taskService.createTaskQuery().processInstanceId(process.getId()).count()).isZero();
		// the first check: the day after the first meeting was due with the tolerance (the planning meeting counts)
		assertThat(checkDay()).isEqualTo(ParticipantDriver.today().plusDays(7 + 3 + 1));

		// a meeting recorded in time: the check finds it and waits for the next one, no task
		ParticipantDriver.setToday(start.plusDays(2));
		record(start.plusDays(2));
		check();
		assertThat(process).isWaitingAt(PairWorkProcess.NEXT_MEETING_DUE);
		assertThat(checkDay()).isEqualTo(start.plusDays(2 + 7 + 3 + 1));
		assertThat(taskService.createTaskQuery().processInstanceId(process.getId()).count()).isZero();

		// nothing recorded: the curator is asked why
		check();
		assertThat(process).isWaitingAt(PairWorkProcess.CLARIFY_MISSED_MEETINGS);
		Task inquiry = task();
		assertThat(groups(inquiry)).containsExactly("curator");
		assertThatThrownBy(() -> pairing.submitOnly(inquiry, "curator-school3", Map.of("missedReason", "ILLNESS")))
			.hasMessageContaining("Что выяснили");
		pairing.submitOnly(inquiry, "curator-school3", Map.of("missedReason", "ILLNESS", "inquiryComment",
				"Наставляемая болела, встречу перенесли"));
		assertThat(jdbc.queryForObject("select reason from missed_meetings_inquiry where pair_id = ?", String.class,
				pair.getId())).isEqualTo("ILLNESS");
		// still nothing a week later: two misses in a row go to the working group
		assertThat(checkDay()).isEqualTo(ParticipantDriver.today().plusDays(7 + 1));
		check();
		Task escalated = task();
		assertThat(escalated.getTaskDefinitionKey()).isEqualTo(PairWorkProcess.CLARIFY_MISSED_MEETINGS);
		assertThat(groups(escalated)).containsExactly("working-group");
		pairing.submitOnly(escalated, WORKING_GROUP, Map.of("missedReason", "NO_CONTACT", "inquiryComment",
				"Наставник сменил телефон, связались через классного руководителя"));
		// they meet again: the count starts over
		record(ParticipantDriver.today());
		check();
		assertThat(process).isWaitingAt(PairWorkProcess.NEXT_MEETING_DUE);
		assertThat(runtimeService.getVariable(process.getId(), "meetingsMissed")).isEqualTo(0);

		// two weeks before the term ends, the final meeting (step 25), once every goal is assessed
		Job over = managementService.createJobQuery().processInstanceId(process.getId())
			.activityId(PairWorkProcess.REGULAR_MEETINGS_OVER).singleResult();
		ParticipantDriver.setToday(LocalDate.ofInstant(over.getDuedate().toInstant(), ZoneId.of("Europe/Moscow")));
		managementService.executeJob(over.getId());
		assertThat(process).isWaitingAt(PairWorkProcess.HOLD_FINAL_MEETING);
		Task last = task();
		Map<String, Object> result = with(meeting(), "resultSummary",
				"Собрала первый проект на Python и выступила с ним на школьной конференции");
		assertThatThrownBy(() -> pairing.submitOnly(last, WORKING_GROUP, result))
			.hasMessageContaining("по каждой цели");
		Long goal = plan.getGoals().get(0).getId();
		transaction.executeWithoutResult(status -> planning.assess(view(), Map.of(goal,
				new IndividualPlanning.Assessment(GoalOutcome.REACHED, null))));
		pairing.submitOnly(last, WORKING_GROUP, result);
		assertThat(process).isEnded().hasPassed(PairWorkProcess.HOLD_FINAL_MEETING, "completePairTerm");
		assertThat(pairs.findById(pair.getId()).orElseThrow().getStatus()).isEqualTo(PairStatus.COMPLETED);
		assertThat(planning.current(pair.getId()).orElseThrow().getResultSummary()).contains("на Python");
		assertThat(log(MeetingKind.FINAL)).isOne();
		// the engine kept ids and decisions only: no text of the forms in its history
		assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(process.getId()).list())
			.extracting(variable -> variable.getName())
			.doesNotContain("contactRules", "tried", "resultSummary", "inquiryComment", "heldOn");
	}

	@Test
	void shouldEndThePairAfterATrialNobodyWantsToContinue() {
		pairing.submitOnly(task(), WORKING_GROUP, with(meeting(), "contactRules", "По пятницам, в библиотеке школы"));
		nextWeek();
		Map<String, Object> stop = with(with(meeting(), "tried", "Попробовали разобрать задачу вместе"),
				"pairGoesOn", "no");
		assertThatThrownBy(() -> pairing.submitOnly(task(), WORKING_GROUP, stop))
			.hasMessageContaining("напишите почему");
		assertThat(log(MeetingKind.TRIAL)).isZero();
		pairing.submitOnly(task(), WORKING_GROUP, with(stop, "stopReason",
				"Разные интересы: наставляемой ближе дизайн, чем программирование"));
		assertThat(process).isEnded().hasPassed("endPairAfterTrial", "pairEndedAfterTrial");
		MentoringPair ended = pairs.findById(pair.getId()).orElseThrow();
		assertThat(ended.getStatus()).isEqualTo(PairStatus.ENDED);
		// the mentee goes back to the pool: a re-pairing run starts for the amending order
		assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PairingProcess.RE_PAIRING)
			.processInstanceBusinessKey(PairingProcess.rePairingBusinessKey(programme.getId())).count()).isOne();
		assertThat(jdbc.queryForObject("select next_steps from pair_meeting where pair_id = ? and kind = 'TRIAL'",
				String.class, pair.getId())).contains("Разные интересы");
	}

	@Test
	void shouldStopThePairsStepsWhenAConsentIsRevokedMidYear() {
		pairing.submitOnly(task(), WORKING_GROUP, with(meeting(), "contactRules", "По вторникам, онлайн"));
		assertThat(process).isWaitingAt(PairWorkProcess.HOLD_TRIAL_MEETING);
		LocalDate start = ParticipantDriver.today().plusDays(3);
		PlanDraft draft = new PlanDraft("Программирование", MeetingCadence.WEEKLY, 3, start, List.of(
				new PlanDraft.Goal("Собрать проект на Python для Анны", List.of(new PlanDraft.Task(
						"Выбрать тему проекта Анны", "Тема утверждена", start.plusDays(14))))));
		transaction.executeWithoutResult(status -> planning.draft(view(), draft, WORKING_GROUP));
		Long consentId = jdbc.queryForObject("select id from consent where participant_id = ?", Long.class,
				coder.getId());
		transaction.executeWithoutResult(status -> revocation.revoke(consentId, ParticipantDriver.today(),
				"curator-school3"));
		assertThat(process).isEnded().hasPassed("pairEndedEarly", "pairEnded");
		assertThat(taskService.createTaskQuery().processInstanceId(process.getId()).count()).isZero();
		assertThat(managementService.createJobQuery().processInstanceId(process.getId()).count()).isZero();
		// the log keeps that a meeting was held, and when; its words and the plan's are gone with her data
		assertThat(log(MeetingKind.ORGANISATIONAL)).isOne();
		assertThat(jdbc.queryForObject("select done from pair_meeting where pair_id = ?", String.class, pair.getId()))
			.doesNotContain("вторникам").contains("отозвал согласие");
		assertThat(jdbc.queryForList("select g.title || ' ' || t.title || ' ' || coalesce(p.direction, '')"
				+ " from individual_plan p join plan_goal g on g.plan_id = p.id join plan_task t on t.goal_id = g.id"
				+ " where p.pair_id = ?", String.class, pair.getId()))
			.singleElement().satisfies(text -> assertThat(text).doesNotContain("Анн", "Python", "Программирование"));
	}

	/**
	 * Step 20 of the programme closes from the pairs' facts: not while no pair has held its organisational meeting,
	 * with a reason while some have not, and its record says how many did.
	 */
	@Test
	void shouldCloseTheProgrammesStepFromThePairsFacts() {
		ProcessInstance step = runtimeService.startProcessInstanceByKey(PairWorkFormDisplay.PAIR_WORK, Map.of(
				"programmeId", programme.getId(), "organisationId", programme.getOrganisation().getId(), "planStep",
				"holdOrganisationalMeetings"));
		Task record = taskService.createTaskQuery().processInstanceId(step.getId()).singleResult();
		int inEffect = pairs.findByProgrammeIdAndStatusOrderById(programme.getId(), PairStatus.ACTIVE).size();
		assertThat(inEffect).isGreaterThan(1);
		assertThat(taskForms.shown(record.getId()).get(PairWorkFormDisplay.STEP_SUMMARY).toString())
			.contains("Пар в работе: " + inEffect, "у 0 из " + inEffect);
		assertThatThrownBy(() -> pairing.submitOnly(record, WORKING_GROUP, Map.of()))
			.hasMessageContaining("хотя бы одна пара");

		pairing.submitOnly(task(), WORKING_GROUP, with(meeting(), "contactRules", "По четвергам в кабинете 12"));
		assertThat(taskForms.shown(record.getId()).get(PairWorkFormDisplay.STEP_SUMMARY).toString())
			.contains("у 1 из " + inEffect, "Ещё нет: пара №");
		assertThatThrownBy(() -> pairing.submitOnly(record, WORKING_GROUP, Map.of()))
			.hasMessageContaining("Почему не все пары провели шаг");
		assertThat(jdbc.queryForObject("select count(*) from step_record where programme_id = ? and step = ?",
				Integer.class, programme.getId(), "holdOrganisationalMeetings")).isZero();
		pairing.submitOnly(record, WORKING_GROUP, Map.of("pendingReason",
				"Вторая пара встретится после болезни наставника, на следующей неделе"));
		assertThat(step).isEnded();
		assertThat(jdbc.queryForMap("select held, participant_count, materials from step_record where programme_id = ?"
				+ " and step = ?", programme.getId(), "holdOrganisationalMeetings"))
			.containsEntry("HELD", true).containsEntry("PARTICIPANT_COUNT", 2)
			.hasEntrySatisfying("MATERIALS", materials -> assertThat(materials.toString())
				.contains("у 1 из " + inEffect, "после болезни наставника"));
	}

	private Task task() {
		return taskService.createTaskQuery().processInstanceId(process.getId()).singleResult();
	}

	private List<String> groups(Task task) {
		return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
			.filter(group -> group != null).toList();
	}

	private int log(MeetingKind kind) {
		return jdbc.queryForObject("select count(*) from pair_meeting where pair_id = ?"
				+ (kind == null ? "" : " and kind = '" + kind.name() + "'"), Integer.class, pair.getId());
	}

	private MeetingLog.PairView view() {
		return meetingLog.pair(pair.getId(), new CurrentUser(WORKING_GROUP, Set.of("working-group"),
				Set.of("school3")), MeetingLog.RECORDERS);
	}

	private void record(LocalDate day) {
		meetingLog.record(pair.getId(), new MeetingLog.NewMeeting(day, 45, MeetingFormat.ONLINE,
				MeetingAttendance.BOTH, "Разбор задач", "Разобрали две задачи на циклы", null),
				new CurrentUser(WORKING_GROUP, Set.of("working-group"), Set.of("school3")));
	}

	/** Moves the clock to the next check and runs it, as the job executor would. */
	private void check() {
		Job timer = managementService.createJobQuery().processInstanceId(process.getId())
			.activityId(PairWorkProcess.NEXT_MEETING_DUE).singleResult();
		ParticipantDriver.setToday(checkDay());
		managementService.executeJob(timer.getId());
	}

	private LocalDate checkDay() {
		Job timer = managementService.createJobQuery().processInstanceId(process.getId())
			.activityId(PairWorkProcess.NEXT_MEETING_DUE).singleResult();
		return LocalDate.ofInstant(timer.getDuedate().toInstant(), ZoneId.of("Europe/Moscow"));
	}

	private static void nextWeek() {
		ParticipantDriver.setToday(ParticipantDriver.today().plusDays(7));
	}

	private static Map<String, Object> meeting() {
		return Map.of("heldOn", ParticipantDriver.today().toString(), "durationMinutes", 45, "meetingFormat",
				"IN_PERSON", "attendance", "BOTH");
	}

	private static Map<String, Object> with(Map<String, Object> values, String key, Object value) {
		Map<String, Object> more = new HashMap<>(values);
		more.put(key, value);
		return more;
	}

	private static java.util.Date date(LocalDate day) {
		return java.util.Date.from(day.atStartOfDay(ZoneId.of("Europe/Moscow")).toInstant());
	}
}
