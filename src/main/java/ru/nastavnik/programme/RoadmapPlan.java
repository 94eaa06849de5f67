package ru.nastavnik.programme;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
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

	RoadmapPlan(PlanSteps planSteps) {
		this.planSteps = planSteps;
	}

	void createFor(Programme programme) {
		for (RoadmapStep template : RoadmapStep.values()) {
			planSteps.save(new PlanStep(programme.getId(), template, programme.getStartsOn()));
		}
	}

	public List<PlanStep> of(Long programmeId) {
		return planSteps.findByProgrammeIdOrderByDueOnAscIdAsc(programmeId);
	}

	PlanStep step(Long programmeId, String step) {
		return planSteps.findByProgrammeIdAndStep(programmeId, step)
			.orElseThrow(() -> new ProcessEngineException(
					"В плане программы " + programmeId + " нет шага «" + step + "»"));
	}

	/** Due date of the step the execution is at. */
	public Date dueDate(DelegateExecution execution) {
		Long programmeId = ((Number) execution.getVariable(ProgrammeProcess.Var.PROGRAMME_ID)).longValue();
		LocalDate dueOn = step(programmeId, execution.getCurrentActivityId()).getDueOn();
		return Date.from(dueOn.atTime(END_OF_WORKING_DAY).atZone(ZoneId.systemDefault()).toInstant());
	}
}
