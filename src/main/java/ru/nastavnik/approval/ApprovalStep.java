package ru.nastavnik.approval;

import org.camunda.bpm.engine.delegate.DelegateTask;
import ru.nastavnik.engine.ProcessVariable;
import ru.nastavnik.tasklist.FormInput;
import ru.nastavnik.tasklist.StepListener;
import ru.nastavnik.tasklist.StepSubject;
import ru.nastavnik.tasklist.Steps;

/**
 * The step «утвердить или вернуть на доработку»: reads the decision from the form ({@link ApprovalForm}), has the
 * decided record take it (a record decided already refuses), and leaves the process the decision it routes by and,
 * for a return, the comment the rework step shows. Each use names its record and its variables.
 *
 * @param <S> whose step it is (the programme)
 */
public abstract class ApprovalStep<S> extends StepListener<S> {

	protected ApprovalStep(Steps steps, StepSubject<S> subject) {
		super(steps, subject);
	}

	@Override
	protected final void record(DelegateTask task, FormInput input, S subject) {
		Approval approval = ApprovalForm.read(input);
		decide(task, subject, approval);
		approvedVariable(task).set(task.getExecution(), approval.isApproved());
		ProcessVariable<String> comment = returnCommentVariable(task);
		if (approval.isApproved()) {
			comment.remove(task.getExecution());
		}
		else {
			comment.set(task.getExecution(), approval.getComment());
		}
	}

	/** The decided record takes the decision: the document's version, the plan change, the order's version. */
	protected abstract void decide(DelegateTask task, S subject, Approval approval);

	/** What the process routes by. */
	protected abstract ProcessVariable<Boolean> approvedVariable(DelegateTask task);

	/** What the rework step shows of a return; kept in the history with the decision. */
	protected abstract ProcessVariable<String> returnCommentVariable(DelegateTask task);
}
