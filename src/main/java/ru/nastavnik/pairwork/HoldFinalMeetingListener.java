package ru.nastavnik.pairwork;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairwork.PairWorkProcess.Field;
import ru.nastavnik.tasklist.FormInput;
import ru.nastavnik.tasklist.Steps;

/**
 * «Провести заключительную встречу пары» (step 25): the meeting and the pair's own summary of its year, once every
 * goal of the plan has been assessed; the monitoring and the cases read both.
 */
@Component
class HoldFinalMeetingListener extends PairStepListener {

	private final IndividualPlanning planning;

	HoldFinalMeetingListener(Steps steps, PairOfTask pairOfTask, MeetingLog meetingLog, IndividualPlanning planning) {
		super(steps, pairOfTask, meetingLog);
		this.planning = planning;
	}

	@Override
	protected void record(DelegateTask task, FormInput input, MentoringPair pair) {
		Meeting meeting = meeting(input);
		String summary = input.text(Field.RESULT_SUMMARY, "Итог работы пары", 20, 2000);
		input.require(planning.current(pair.getId()).filter(IndividualPlan::isAssessed).isPresent(),
				"Отметьте на странице плана, что достигнуто по каждой цели");
		input.rejectIfInvalid();
		IndividualPlan plan = planning.summarise(pair.getId(), summary);
		long reached = plan.getGoals().stream().filter(goal -> goal.getOutcome() == GoalOutcome.REACHED).count();
		record(pair, MeetingKind.FINAL, meeting, "Заключительная встреча: итоги года",
				"Целей достигнуто: " + reached + " из " + plan.getGoals().size() + ". " + summary, null, input);
	}
}
