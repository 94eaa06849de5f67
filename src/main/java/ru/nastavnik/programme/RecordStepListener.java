package ru.nastavnik.programme;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.tasklist.FormInput;
import ru.nastavnik.tasklist.StepListener;
import ru.nastavnik.tasklist.Steps;

/**
 * Record-type steps of the roadmap (evaluations, feedback, final events…) and the first versions of the
 * processes that later issues deepen: each records what was held, or why it was not. A step carried out by a process
 * of its own names its roadmap step in the variable {@code planStep}.
 */
@Component
class RecordStepListener extends StepListener<Programme> {

	private final StepRecords records;

	private final Clock clock;

	RecordStepListener(Steps steps, OwnProgramme ownProgramme, StepRecords records, Clock clock) {
		super(steps, ownProgramme);
		this.records = records;
		this.clock = clock;
	}

	@Override
	protected void record(DelegateTask task, FormInput input, Programme programme) {
		StepOutcome outcome = StepOutcome.read(input);
		String step = RoadmapPlan.stepOf(task, task.getTaskDefinitionKey());
		records.save(new StepRecord(programme.getId(), step, outcome, input.performer(), clock.instant()));
		outcome.clearFrom(task);
	}
}
