package ru.nastavnik.pairwork;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.tasklist.StepSubject;

/** The pair a task of its process is about, found within the task's own organisation. */
@Component
class PairOfTask implements StepSubject<MentoringPair> {

	private final PairSchedule schedule;

	PairOfTask(PairSchedule schedule) {
		this.schedule = schedule;
	}

	@Override
	public MentoringPair of(DelegateTask task) {
		return schedule.pairOf(task.getExecution());
	}
}
