package ru.nastavnik.tasklist;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Whose step a task is — a programme, a participant — found from what the process holds and only within the task's
 * own organisation (a form may submit any variable; the task's tenant is the engine's).
 *
 * @param <S> the kind of record the step works on
 */
public interface StepSubject<S> {

	/** The step's record; one of another organisation, or none, is refused as a domain problem. */
	S of(DelegateTask task);

	/** What the process needs set again after any step (a form could have overwritten it). */
	default void afterStep(DelegateTask task, S subject) {
	}
}
