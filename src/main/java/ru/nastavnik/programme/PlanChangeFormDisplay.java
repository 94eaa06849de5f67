package ru.nastavnik.programme;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import ru.nastavnik.engine.FormTask;
import ru.nastavnik.engine.TaskFormDisplay;
import ru.nastavnik.time.RussianDates;

/**
 * What the director's form «Утвердить изменение срока в дорожной карте» shows when it is read: the step, its due
 * date, the date asked for and why — from the change's record, of the task's own organisation.
 */
@Component
class PlanChangeFormDisplay implements TaskFormDisplay {

	private final PlanChanges changes;

	private final PlanSteps steps;

	private final Programmes programmes;

	PlanChangeFormDisplay(PlanChanges changes, PlanSteps steps, Programmes programmes) {
		this.changes = changes;
		this.steps = steps;
		this.programmes = programmes;
	}

	@Override
	public boolean shows(String processDefinitionKey, String taskDefinitionKey) {
		return PlanChangeProcess.KEY.equals(processDefinitionKey)
				&& PlanChangeProcess.APPROVE_PLAN_CHANGE.equals(taskDefinitionKey);
	}

	@Override
	public Map<String, Object> values(FormTask task) {
		Map<String, Object> values = new LinkedHashMap<>();
		Long changeId = task.get(PlanChangeProcess.Var.PLAN_CHANGE_ID);
		if (changeId == null) {
			return values;
		}
		changes.findById(changeId)
			.filter(change -> programmes.findOwn(change.getProgrammeId(), task.tenantId()).isPresent())
			.ifPresent(change -> {
				values.put(PlanChangeProcess.Field.STEP_TITLE, steps
					.findByProgrammeIdAndStep(change.getProgrammeId(), change.getStep())
					.map(PlanStep::getTitle)
					.orElse(change.getStep()));
				values.put(PlanChangeProcess.Field.PREVIOUS_DUE_ON, RussianDates.format(change.getPreviousDueOn()));
				values.put(PlanChangeProcess.Field.REQUESTED_DUE_ON, RussianDates.format(change.getRequestedDueOn()));
				values.put(PlanChangeProcess.Field.REASON, change.getReason());
			});
		return values;
	}
}
