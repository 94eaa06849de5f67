package ru.nastavnik.programme;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.springframework.stereotype.Component;

/**
 * A programme's progress read programme by programme through the engine's API — how {@code GET /api/programmes} read
 * it before {@link ProgrammeProgress} read all programmes at once: the activity instance tree for the stage, a task
 * query for the overdue steps, history queries for the share done and one variable query per task for its step. Kept
 * as the reference the set-based figures are checked against, and as the "before" of the benchmark.
 */
@Component
class PerProgrammeProgress {

	private final ProgrammeProgress progress;

	private final TaskService taskService;

	private final RuntimeService runtimeService;

	private final HistoryService historyService;

	private final RoadmapPlan plan;

	private final StepRecords records;

	PerProgrammeProgress(ProgrammeProgress progress, TaskService taskService, RuntimeService runtimeService,
			HistoryService historyService, RoadmapPlan plan, StepRecords records) {
		this.progress = progress;
		this.taskService = taskService;
		this.runtimeService = runtimeService;
		this.historyService = historyService;
		this.plan = plan;
		this.records = records;
	}

	/** The figures as they were read; the status was the programme's row (which stayed at stage I: the defect). */
	ProgrammeProgress.Progress of(Programme programme) {
		return new ProgrammeProgress.Progress(stage(programme), programme.getStatus(),
				progress.overdue(programme).size(), percentDone(programme));
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
			.collect(Collectors.toCollection(HashSet::new));
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

	private String[] runningTree(Programme programme) {
		return runtimeService.createProcessInstanceQuery()
			.rootProcessInstanceId(programme.getProcessInstanceId())
			.list().stream()
			.map(instance -> instance.getId())
			.toArray(String[]::new);
	}

	private String stepOf(String processInstanceId, String taskDefinitionKey) {
		return historyService.createHistoricVariableInstanceQuery()
			.processInstanceId(processInstanceId)
			.variableName(ProgrammeProcess.Var.PLAN_STEP.name())
			.list().stream()
			.findFirst()
			.map(variable -> String.valueOf(variable.getValue()))
			.orElse(taskDefinitionKey);
	}
}
