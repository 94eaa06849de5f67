package ru.nastavnik.programme;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A programme's roadmap plan. Built from {@link RoadmapStep} when the programme starts; the BPMN takes every user
 * task's due date and overdue timer from it: {@code ${roadmapPlan.dueDate(execution)}}.
 */
@Component("roadmapPlan")
public class RoadmapPlan {

	/** A step is due at the end of its working day. */
	static final LocalTime END_OF_WORKING_DAY = LocalTime.of(18, 0);

	private final PlanSteps planSteps;

	private final Programmes programmes;

	private final TaskService taskService;

	private final ManagementService managementService;

	private final ApplicationEventPublisher events;

	RoadmapPlan(PlanSteps planSteps, Programmes programmes, TaskService taskService,
			ManagementService managementService, ApplicationEventPublisher events) {
		this.events = events;
		this.planSteps = planSteps;
		this.programmes = programmes;
		this.taskService = taskService;
		this.managementService = managementService;
	}

	/** Builds the plan from the template, without the groups of steps the programme does not hold. */
	void createFor(Programme programme, Collection<String> excludedScopes) {
		int steps = 0;
		for (RoadmapStep template : RoadmapStep.values()) {
			if (!excludedScopes.contains(template.scope().code())) {
				planSteps.save(new PlanStep(programme.getId(), template, programme.getStartsOn()));
				steps++;
			}
		}
		programme.planBuilt(steps);
	}

	public List<PlanStep> of(Long programmeId) {
		return planSteps.findByProgrammeIdOrderByDueOnAscIdAsc(programmeId);
	}

	/** The step's title in the programme's plan; the step's id when the plan does not hold it. */
	public String titleOf(Long programmeId, String step) {
		return find(programmeId, step).map(PlanStep::getTitle).orElse(step);
	}

	/** Whether the programme holds the step at all (a teachers' programme leaves out the pupils' steps). */
	public boolean includes(Long programmeId, String step) {
		return find(programmeId, step).isPresent();
	}

	Optional<PlanStep> find(Long programmeId, String step) {
		return planSteps.findByProgrammeIdAndStep(programmeId, step);
	}

	PlanStep step(Long programmeId, String step) {
		return planSteps.findByProgrammeIdAndStep(programmeId, step)
			.orElseThrow(() -> new ProcessEngineException(
					"В плане программы " + programmeId + " нет шага «" + step + "»"));
	}

	/**
	 * Due date of the step the execution is at; in a process called for a roadmap step, of the step it carries out
	 * ({@code planStep}).
	 */
	public Date dueDate(DelegateExecution execution) {
		Long programmeId = ProgrammeProcess.Var.PROGRAMME_ID.requiredFrom(execution);
		LocalDate dueOn = ProgrammeProcess.Var.STEP_DUE_ON.from(execution);
		return endOfWorkingDay(dueOn != null ? dueOn : stepAt(execution).getDueOn(), zoneOf(programmeId));
	}

	/** The time zone of the programme's organisation: its working day ends there. */
	private ZoneId zoneOf(Long programmeId) {
		return programmes.findById(programmeId)
			.map(programme -> programme.getZone())
			.orElseThrow(() -> new ProcessEngineException("Программа " + programmeId + " не найдена"));
	}

	/**
	 * Candidate groups of a task in a process called for a roadmap step: the step's responsible groups from the plan
	 * ({@code planStep}), so the seed's responsible group works the step wherever it is carried out.
	 */
	public String responsibleGroups(DelegateExecution execution) {
		return stepAt(execution).getResponsibleGroup();
	}

	private PlanStep stepAt(DelegateExecution execution) {
		Long programmeId = ProgrammeProcess.Var.PROGRAMME_ID.requiredFrom(execution);
		return step(programmeId, stepOf(execution, execution.getCurrentActivityId()));
	}

	/** The plan step a task or execution works: the one a called process names, or the element's own id. */
	static String stepOf(VariableScope scope, String ownElementId) {
		Object planStep = ProgrammeProcess.Var.PLAN_STEP.from(scope);
		return planStep != null ? planStep.toString() : ownElementId;
	}

	/**
	 * Moves a step to a new due date: the plan, the step's open tasks and the timers that were due with them (their
	 * overdue escalation; a timer of its own time, such as the opening of a feedback round, stays). A step already
	 * escalated keeps its escalation; it is not escalated again. What other capabilities keep by the step's due date
	 * hears of it ({@link PlanStepRescheduled}).
	 */
	void reschedule(Programme programme, String step, LocalDate dueOn) {
		step(programme.getId(), step).reschedule(dueOn);
		Date due = endOfWorkingDay(dueOn, programme.getZone());
		List<Task> tasks = new java.util.ArrayList<>(taskService.createTaskQuery()
			.processInstanceId(programme.getProcessInstanceId())
			.taskDefinitionKey(step)
			.list());
		// the step may be carried out by a process of its own, which names the step in planStep
		tasks.addAll(taskService.createTaskQuery()
			.processVariableValueEquals(ProgrammeProcess.Var.PROGRAMME_ID.name(), programme.getId())
			.processVariableValueEquals(ProgrammeProcess.Var.PLAN_STEP.name(), step)
			.list());
		for (Task task : tasks) {
			Date was = task.getDueDate();
			task.setDueDate(due);
			taskService.saveTask(task);
			for (Job timer : managementService.createJobQuery().processInstanceId(task.getProcessInstanceId())
				.activityId(task.getTaskDefinitionKey()).timers().list()) {
				if (was == null || was.equals(timer.getDuedate())) {
					managementService.setJobDuedate(timer.getId(), due);
				}
			}
		}
		events.publishEvent(new PlanStepRescheduled(programme.getId(), step, due.toInstant()));
	}

	/** A step's day ends at 18:00 where the organisation is. */
	public static Date endOfWorkingDay(LocalDate day, ZoneId zone) {
		return Date.from(day.atTime(END_OF_WORKING_DAY).atZone(zone).toInstant());
	}
}
