package ru.nastavnik.web;

import java.util.function.Supplier;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person's write runs in one transaction, and runs again when another transaction changed the same rows first — the
 * engine's own job above all: a step's escalation timer fires while the person completes the step, and the engine
 * refuses the person's stale write (optimistic locking). The failed attempt rolled back entirely, so the next one
 * starts afresh from what the other transaction committed. A conflict that outlasts the attempts reaches the person as
 * a 409 ({@link ApiExceptionHandler}).
 */
@Component
public class ConflictRetry {

	/** A job's transaction is short: a second attempt is nearly always enough, the third is for bad luck. */
	public static final int ATTEMPTS = 3;

	private static final Logger LOG = LoggerFactory.getLogger(ConflictRetry.class);

	private final TransactionTemplate transaction;

	ConflictRetry(PlatformTransactionManager transactions) {
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Runs the work in a transaction of its own, again on a conflict. Inside a caller's transaction it only joins it:
	 * that transaction is already doomed by a conflict, and its owner decides.
	 */
	public <T> T inTransaction(Supplier<T> work) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return work.get();
		}
		for (int attempt = 1;; attempt++) {
			try {
				return transaction.execute(status -> work.get());
			}
			catch (RuntimeException e) {
				if (attempt == ATTEMPTS || !isConflict(e)) {
					throw e;
				}
				LOG.info("Конфликт с параллельной транзакцией, попытка {} из {} повторяется: {}", attempt, ATTEMPTS,
						e.getMessage());
			}
		}
	}

	/** Another transaction committed first: the engine's optimistic locking, or JPA's, anywhere in the causes. */
	public static boolean isConflict(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof OptimisticLockingException || cause instanceof OptimisticLockingFailureException) {
				return true;
			}
		}
		return false;
	}
}
