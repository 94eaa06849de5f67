package ru.nastavnik.tasklist;

import java.time.Clock;
import java.util.List;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** What every step's completion needs: its form's input, and hold of its task. */
@Component
public class Steps {

	private final Clock clock;

	private final JdbcTemplate jdbc;

	Steps(Clock clock, JdbcTemplate jdbc) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	FormInput input(DelegateTask task) {
		return new FormInput(task, clock);
	}

	/**
	 * Takes the task's row until the completion commits. Two people completing one task at once would otherwise both
	 * run the step, the second on a process the first has already moved on (its variables gone from under it); now
	 * the second waits for the first and then finds the task gone — an optimistic-locking conflict, which the
	 * completion's retry turns into «задачу уже выполнил другой пользователь».
	 */
	void hold(DelegateTask task) {
		List<String> open = jdbc.queryForList("select ID_ from ACT_RU_TASK where ID_ = ? for update", String.class,
				task.getId());
		if (open.isEmpty()) {
			throw new OptimisticLockingException("Задача " + task.getId() + " уже завершена в другой транзакции");
		}
	}
}
