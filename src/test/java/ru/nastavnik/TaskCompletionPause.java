package ru.nastavnik;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;
import ru.nastavnik.engine.EveryUserTask;

/**
 * Holds one completion of a task inside its transaction — after the engine has read the task and its execution, before
 * it writes anything — until the test lets it go, so that the test can commit another transaction (a job) exactly
 * there. Idle unless a test holds a task: every user task gets a last {@code complete} listener that only looks.
 */
@Component
public class TaskCompletionPause extends AbstractProcessEnginePlugin {

	private static final long SECONDS = 30;

	private final AtomicReference<Hold> armed = new AtomicReference<>();

	/** One completion attempt of one task, held. */
	public static final class Hold {

		private final String taskId;

		private final CountDownLatch reached = new CountDownLatch(1);

		private final CountDownLatch released = new CountDownLatch(1);

		private Hold(String taskId) {
			this.taskId = taskId;
		}

		/** Waits until the completion, in another thread, has read the task and stopped. */
		public void awaitReached() throws InterruptedException {
			assertThat(reached.await(SECONDS, TimeUnit.SECONDS)).as("завершение задачи %s дошло до паузы", taskId)
				.isTrue();
		}

		public void release() {
			released.countDown();
		}
	}

	/** Holds the next completion attempt of the task; later attempts (a retry) go through. */
	public Hold hold(String taskId) {
		Hold hold = new Hold(taskId);
		assertThat(armed.compareAndSet(null, hold)).as("одна пауза за раз").isTrue();
		return hold;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		EveryUserTask.listen(configuration, TaskListener.EVENTNAME_COMPLETE, this::pauseIfHeld);
	}

	private void pauseIfHeld(DelegateTask task) {
		Hold hold = armed.get();
		if (hold == null || !hold.taskId.equals(task.getId()) || !armed.compareAndSet(hold, null)) {
			return;
		}
		// the completion has the task's execution in hand, as it will write it back
		task.getExecution().getId();
		hold.reached.countDown();
		try {
			if (!hold.released.await(SECONDS, TimeUnit.SECONDS)) {
				throw new IllegalStateException("Тест не отпустил завершение задачи " + task.getId());
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Пауза завершения задачи прервана", e);
		}
	}
}
