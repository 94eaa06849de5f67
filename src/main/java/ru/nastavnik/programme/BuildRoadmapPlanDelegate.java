package ru.nastavnik.programme;

import java.util.Collection;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * «Составить план программы»: the plan from the template, without the groups of steps that the decision
 * {@code roadmap-steps} left out; the gateways of the model read which optional steps the programme holds.
 */
@Component
class BuildRoadmapPlanDelegate implements JavaDelegate {

	private final ProgrammeManagement management;

	private final RoadmapPlan plan;

	BuildRoadmapPlanDelegate(ProgrammeManagement management, RoadmapPlan plan) {
		this.management = management;
		this.plan = plan;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Long programmeId = ProgrammeProcess.Var.PROGRAMME_ID.requiredFrom(execution);
		Object decided = ProgrammeProcess.Var.EXCLUDED_SCOPES.from(execution);
		Collection<String> excluded = decided instanceof Collection<?> scopes
				? scopes.stream().map(String::valueOf).toList() : List.of();
		plan.createFor(management.find(programmeId), excluded);
		ProgrammeProcess.Var.INCLUDES_PARENT_STEPS.set(execution,
				!excluded.contains(RoadmapStep.Scope.PARENTS.code()));
		ProgrammeProcess.Var.INCLUDES_PUPIL_STEPS.set(execution,
				!excluded.contains(RoadmapStep.Scope.PUPILS.code()));
		ProgrammeProcess.Var.INCLUDES_LEGAL_REPRESENTATIVE_STEPS.set(execution,
				!excluded.contains(RoadmapStep.Scope.LEGAL_REPRESENTATIVES.code()));
	}
}
