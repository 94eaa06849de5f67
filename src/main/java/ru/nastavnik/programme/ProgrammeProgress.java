package ru.nastavnik.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.springframework.stereotype.Service;

/** Where a programme stands: its current stage, its overdue steps and the share of its plan that is done. */
@Service
class ProgrammeProgress {

	record OverdueStep(String step, String title, LocalDate dueOn, long daysOverdue, String taskId) {
	}

	private final TaskService taskService;

	private final RuntimeService runtimeService;

	private final HistoryService historyService;

	private final RoadmapPlan plan;

	private final Clock clock;

	private final StepRecords records;

	ProgrammeProgress(TaskService taskService, RuntimeService runtimeService, HistoryService historyService,
			RoadmapPlan plan, Clock clock, StepRecords records) {
		this.records = records;
		this.taskService = taskService;
		this.runtimeService = runtimeService;
		this.historyService = historyService;
		this.plan = plan;
		this.clock = clock;
	}

	/** The stages the programme is in now (stages II and III run side by side), or where it ended. */
	String stage(Programme programme) {
		if (programme.getProcessInstanceId() == null) {
			return programme.getStatus().title();
		}
		ActivityInstance instance = runtimeService.getActivityInstance(programme.getProcessInstanceId());
		if (instance == null) {
			return "Программа завершена";
		}
		List<String> stages = Arrays.stream(instance.getChildActivityInstances())
			.filter(child -> "subProcess".equals(child.getActivityType()))
			.map(ActivityInstance::getActivityName)
			.sorted()
			.toList();
		return stages.isEmpty() ? programme.getStatus().title() : String.join("; ", stages);
	}

	/**
	 * Open steps whose due date has passed, the longest overdue first — in the programme's process and in the
	 * processes called for its steps.
	 */
	List<OverdueStep> overdue(Programme programme) {
		LocalDate today = LocalDate.now(clock);
		String[] tree = runningTree(programme);
		if (tree.length == 0) {
			return List.of();
		}
		return taskService.createTaskQuery()
			.processInstanceIdIn(tree)
			.dueBefore(Date.from(clock.instant()))
			.orderByDueDate().asc()
			.list().stream()
			.map(task -> {
				LocalDate dueOn = task.getDueDate().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
				return new OverdueStep(stepOf(task.getProcessInstanceId(), task.getTaskDefinitionKey()),
						task.getName(), dueOn, ChronoUnit.DAYS.between(dueOn, today), task.getId());
			})
			.toList();
	}

	/**
	 * The programme's running process and the processes called for its steps. Processes of their own that work for
	 * the programme — one per participant — are not its steps: they escalate and report on their own.
	 */
	private String[] runningTree(Programme programme) {
		if (programme.getProcessInstanceId() == null) {
			return new String[0];
		}
		return runtimeService.createProcessInstanceQuery()
			.rootProcessInstanceId(programme.getProcessInstanceId())
			.list().stream()
			.map(instance -> instance.getId())
			.toArray(String[]::new);
	}

	/** The plan step a task works: the step a called process carries out, or the task's own. */
	private String stepOf(String processInstanceId, String taskDefinitionKey) {
		return historyService.createHistoricVariableInstanceQuery()
			.processInstanceId(processInstanceId)
			.variableName(ProgrammeProcess.Var.PLAN_STEP.name())
			.list().stream()
			.findFirst()
			.map(variable -> String.valueOf(variable.getValue()))
			.orElse(taskDefinitionKey);
	}

	/**
	 * Percent of the plan's steps that are done: worked at least once — by a finished task, or recorded without one
	 * (a questionnaire with nobody to ask) — and not open again (a returned draft is not).
	 */
	int percentDone(Programme programme) {
		List<PlanStep> steps = plan.of(programme.getId());
		if (steps.isEmpty() || programme.getProcessInstanceId() == null) {
			return 0;
		}
		Set<String> finished = historyService.createHistoricTaskInstanceQuery()
			.rootProcessInstanceId(programme.getProcessInstanceId())
			.finished()
			.list().stream()
			.map(task -> stepOf(task.getProcessInstanceId(), task.getTaskDefinitionKey()))
			.collect(Collectors.toCollection(java.util.HashSet::new));
		records.findByProgrammeIdOrderById(programme.getId()).forEach(record -> finished.add(record.getStep()));
		String[] tree = runningTree(programme);
		Set<String> open = tree.length == 0 ? Set.of() : taskService.createTaskQuery()
			.processInstanceIdIn(tree)
			.list().stream()
			.map(task -> stepOf(task.getProcessInstanceId(), task.getTaskDefinitionKey()))
			.collect(Collectors.toSet());
		long done = steps.stream()
			.filter(step -> finished.contains(step.getStep()) && !open.contains(step.getStep()))
			.count();
		return (int) (done * 100 / steps.size());
	}
}
