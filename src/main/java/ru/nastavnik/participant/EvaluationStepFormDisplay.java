package ru.nastavnik.participant;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import ru.nastavnik.engine.FormTask;
import ru.nastavnik.engine.TaskFormDisplay;
import ru.nastavnik.programme.ProgrammeProcess;
import ru.nastavnik.programme.Programmes;
import ru.nastavnik.programme.RoadmapPlan;

/** What the form of an evaluation step shows, read when it is opened: the step and how its evaluations stand. */
@Component
class EvaluationStepFormDisplay implements TaskFormDisplay {

	static final String MONITORING = "monitoring";

	static final String RECORD_MONITORING = "recordMonitoring";

	static final String STEP_TITLE = "stepTitle";

	static final String STEP_SUMMARY = "evaluationStepSummary";

	private final Programmes programmes;

	private final EvaluationStepFacts facts;

	private final RoadmapPlan roadmapPlan;

	EvaluationStepFormDisplay(Programmes programmes, EvaluationStepFacts facts, RoadmapPlan roadmapPlan) {
		this.programmes = programmes;
		this.facts = facts;
		this.roadmapPlan = roadmapPlan;
	}

	@Override
	public boolean shows(String processDefinitionKey, String taskDefinitionKey) {
		return MONITORING.equals(processDefinitionKey) && RECORD_MONITORING.equals(taskDefinitionKey)
				|| SecondEvaluationProcess.KEY.equals(processDefinitionKey)
						&& SecondEvaluationProcess.RECORD.equals(taskDefinitionKey);
	}

	@Override
	public Map<String, Object> values(FormTask task) {
		Map<String, Object> values = new LinkedHashMap<>();
		String step = task.get(ProgrammeProcess.Var.PLAN_STEP);
		programmes.findOwn(task.get(ProgrammeProcess.Var.PROGRAMME_ID), task.tenantId())
			.filter(programme -> step != null && EvaluationStepFacts.isEvaluationStep(step))
			.ifPresent(programme -> {
				values.put(STEP_TITLE, roadmapPlan.titleOf(programme.getId(), step));
				values.put(STEP_SUMMARY, facts.of(programme, step).summary());
			});
		return values;
	}
}
