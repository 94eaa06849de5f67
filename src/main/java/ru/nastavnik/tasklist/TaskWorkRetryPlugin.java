package ru.nastavnik.tasklist;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import ru.nastavnik.web.ConflictRetry;

/**
 * A person completing a task in Tasklist or through the engine REST API may collide with the engine's own job on the
 * same execution — the step's escalation timer fires while the person submits — and the engine refuses the person's
 * stale write (optimistic locking). The command is its own transaction, rolled back entirely, so this interceptor,
 * outside the transaction, runs it again: the second attempt completes the task the job has just escalated. If the
 * conflict was another person completing the task, the second attempt finds no task, and {@link LostRaceMessages}
 * tells the person so. Only a command that owns its transaction runs again: inside a caller's transaction (a listener,
 * {@code /api}) the caller decides.
 */
@Component
class TaskWorkRetryPlugin extends AbstractProcessEnginePlugin {

	private static final Logger LOG = LoggerFactory.getLogger(TaskWorkRetryPlugin.class);

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<CommandInterceptor> interceptors = new ArrayList<>();
		if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
			interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
		}
		interceptors.add(new RetryTaskWork());
		configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
	}

	static final class RetryTaskWork extends CommandInterceptor {

		@Override
		public <T> T execute(Command<T> command) {
			// complete, resolve (a kind of complete) and submit a form: the work a person does on a task
			boolean taskWork = command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd;
			if (!taskWork || TransactionSynchronizationManager.isActualTransactionActive()) {
				return next.execute(command);
			}
			for (int attempt = 1;; attempt++) {
				try {
					return next.execute(command);
				}
				catch (RuntimeException e) {
					if (attempt == ConflictRetry.ATTEMPTS || !ConflictRetry.isConflict(e)) {
						throw e;
					}
					LOG.info("Завершение задачи столкнулось с параллельной транзакцией, попытка {} из {} повторяется: {}",
							attempt, ConflictRetry.ATTEMPTS, e.getMessage());
				}
			}
		}
	}
}
