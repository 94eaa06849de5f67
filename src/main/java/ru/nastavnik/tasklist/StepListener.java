package ru.nastavnik.tasklist;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import ru.nastavnik.problem.DomainProblem;

/**
 * The one way a step records what its task decided, when the task completes: it takes hold of the task, finds whose
 * step it is, reads and checks the form, and writes the business data. A domain problem — a refused input, a broken
 * rule, a record in the wrong state — becomes a form error in Russian, which Tasklist shows and the engine REST API
 * answers with 400, and the whole completion is rolled back.
 *
 * @param <S> the kind of record the step works on
 */
public abstract class StepListener<S> implements TaskListener {

	private final Steps steps;

	private final StepSubject<S> subject;

	protected StepListener(Steps steps, StepSubject<S> subject) {
		this.steps = steps;
		this.subject = subject;
	}

	@Override
	public final void notify(DelegateTask task) {
		steps.hold(task);
		try {
			S of = subject.of(task);
			record(task, steps.input(task), of);
			subject.afterStep(task, of);
		}
		catch (DomainProblem e) {
			throw new FormFieldValidationException(task.getTaskDefinitionKey(), e.getMessage());
		}
	}

	protected abstract void record(DelegateTask task, FormInput input, S subject);
}
