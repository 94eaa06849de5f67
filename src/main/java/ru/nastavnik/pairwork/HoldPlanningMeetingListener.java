package ru.nastavnik.pairwork;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.tasklist.FormInput;
import ru.nastavnik.tasklist.Steps;

/**
 * «Провести встречу-планирование и согласовать индивидуальный план» (step 22): the meeting, done only when the pair's
 * individual plan is agreed by both sides; the regular meetings then follow its schedule.
 */
@Component
class HoldPlanningMeetingListener extends PairStepListener {

	private final IndividualPlanning planning;

	HoldPlanningMeetingListener(Steps steps, PairOfTask pairOfTask, MeetingLog meetingLog,
			IndividualPlanning planning) {
		super(steps, pairOfTask, meetingLog);
		this.planning = planning;
	}

	@Override
	protected void record(DelegateTask task, FormInput input, MentoringPair pair) {
		Meeting meeting = meeting(input);
		IndividualPlan plan = planning.current(pair.getId()).orElse(null);
		input.require(plan != null, "У пары ещё нет индивидуального плана: составьте его на странице плана");
		input.require(plan == null || plan.isAgreed(), "Индивидуальный план ещё не согласован обеими сторонами: "
				+ "отметьте согласование на странице плана");
		input.rejectIfInvalid();
		int tasks = plan.getGoals().stream().mapToInt(goal -> goal.getTasks().size()).sum();
		record(pair, MeetingKind.PLANNING, meeting, "Встреча-планирование: индивидуальный план",
				"Составлен и согласован индивидуальный план, версия " + plan.getVersion() + ": целей — "
						+ plan.getGoals().size() + ", задач — " + tasks + "; встречи " + plan.getCadence().title(),
				null, input);
	}
}
