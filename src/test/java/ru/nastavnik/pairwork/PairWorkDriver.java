package ru.nastavnik.pairwork;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairing.MentoringPairs;
import ru.nastavnik.pairing.PairStatus;
import ru.nastavnik.security.CurrentUser;

/**
 * The pairs of a programme doing a roadmap step of theirs (20–23, 25) as the working group records it for them: each
 * pair's task of its own process, the individual plan drafted and agreed before the planning meeting, a regular
 * meeting in the log, the goals assessed before the final meeting.
 */
@Component
public class PairWorkDriver {

	public static final String WORKING_GROUP = "workgroup-school3";

	private final MentoringPairs pairs;

	private final TaskService taskService;

	private final FormService formService;

	private final IdentityService identityService;

	private final ManagementService managementService;

	private final MeetingLog meetingLog;

	private final IndividualPlanning planning;

	PairWorkDriver(MentoringPairs pairs, TaskService taskService, FormService formService,
			IdentityService identityService, ManagementService managementService, MeetingLog meetingLog,
			IndividualPlanning planning) {
		this.pairs = pairs;
		this.taskService = taskService;
		this.formService = formService;
		this.identityService = identityService;
		this.managementService = managementService;
		this.meetingLog = meetingLog;
		this.planning = planning;
	}

	/** Whether the programme's step is one its pairs carry out. */
	public static boolean isPairStep(String step) {
		return PairStepFacts.isPairStep(step);
	}

	/** Every active pair of the programme does the step, today by the engine's clock. */
	public void workPairs(Long programmeId, String step, String tenantId) {
		LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(),
				java.time.ZoneId.of("Europe/Moscow"));
		CurrentUser recorder = new CurrentUser(WORKING_GROUP, groups(), Set.of(tenantId));
		for (MentoringPair pair : pairs.findByProgrammeIdAndStatusOrderById(programmeId, PairStatus.ACTIVE)) {
			Map<String, Object> meeting = Map.of("heldOn", today.toString(), "durationMinutes", 45, "meetingFormat",
					"IN_PERSON", "attendance", "BOTH");
			switch (PairStepFacts.STEPS.get(step)) {
				case ORGANISATIONAL -> submit(pair, tenantId, with(meeting, "contactRules",
						"По средам после уроков, переносы — за день в мессенджере"));
				case TRIAL -> submit(pair, tenantId, with(with(meeting, "tried", "Разобрали одну тему вместе"),
						"pairGoesOn", "yes"));
				case PLANNING -> {
					MeetingLog.PairView view = meetingLog.pair(pair.getId(), recorder, MeetingLog.RECORDERS);
					planning.draft(view, new PlanDraft(null, MeetingCadence.WEEKLY, 3, today.plusDays(1), List.of(
							new PlanDraft.Goal("Подтянуть предмет", List.of(new PlanDraft.Task("Разобрать трудные темы",
									"Список тем с примерами", today.plusDays(30)))))), WORKING_GROUP);
					planning.markAgreements(view, today, today, WORKING_GROUP);
					submit(pair, tenantId, meeting);
				}
				case REGULAR -> meetingLog.record(pair.getId(), new MeetingLog.NewMeeting(today, 45,
						MeetingFormat.IN_PERSON, MeetingAttendance.BOTH, "Разбор задач", "Разобрали две задачи",
						null), recorder);
				case FINAL -> {
					Job over = managementService.createJobQuery().processInstanceId(pair.getProcessInstanceId())
						.activityId(PairWorkProcess.REGULAR_MEETINGS_OVER).singleResult();
					managementService.executeJob(over.getId());
					MeetingLog.PairView view = meetingLog.pair(pair.getId(), recorder, MeetingLog.RECORDERS);
					IndividualPlan plan = planning.current(pair.getId()).orElseThrow();
					planning.assess(view, plan.getGoals().stream().collect(Collectors.toMap(PlanGoal::getId,
							goal -> new IndividualPlanning.Assessment(GoalOutcome.REACHED, null))));
					submit(pair, tenantId, with(meeting, "resultSummary",
							"Наставляемый увереннее решает задачи и сам планирует подготовку"));
				}
			}
		}
	}

	private void submit(MentoringPair pair, String tenantId, Map<String, Object> values) {
		Task task = taskService.createTaskQuery().processInstanceId(pair.getProcessInstanceId()).singleResult();
		identityService.setAuthentication(WORKING_GROUP, List.copyOf(groups()), List.of(tenantId));
		try {
			formService.submitTaskForm(task.getId(), values);
		}
		finally {
			identityService.clearAuthentication();
		}
	}

	private Set<String> groups() {
		return identityService.createGroupQuery().groupMember(WORKING_GROUP).list().stream()
			.map(group -> group.getId()).collect(Collectors.toSet());
	}

	private static Map<String, Object> with(Map<String, Object> values, String key, Object value) {
		Map<String, Object> more = new HashMap<>(values);
		more.put(key, value);
		return more;
	}
}
