package ru.nastavnik.programme;

import org.camunda.bpm.engine.delegate.DelegateTask;
import ru.nastavnik.tasklist.FormInput;
import ru.nastavnik.tasklist.StepListener;
import ru.nastavnik.tasklist.Steps;

/**
 * A roadmap step that others carry out — the pairs their meetings, the working group each participant's evaluation —
 * closes from their facts, one way for all: held when all have done it, or with a reason for those who have not;
 * never while none has (the programme's progress counts no step nobody did); with nobody to do it, recorded as not
 * held, with its reason. The form's field for the reason is {@value #PENDING_REASON}.
 */
public abstract class StepFromFacts extends StepListener<Programme> {

	public static final String PENDING_REASON = "pendingReason";

	private final StepLog stepLog;

	protected StepFromFacts(Steps steps, OwnProgramme ownProgramme, StepLog stepLog) {
		super(steps, ownProgramme);
		this.stepLog = stepLog;
	}

	/**
	 * The step as the facts stand.
	 *
	 * @param expected how many have the step to do (pairs in effect, participants in the bases)
	 * @param done how many have done it
	 * @param participants the participants the record counts
	 * @param summary the facts in Russian, for the record
	 * @param noneDone why the step cannot close yet while nobody has done it
	 * @param pendingLabel the reason field's label while some have not done it
	 */
	public record Facts(int expected, int done, int participants, String summary, String noneDone,
			String pendingLabel) {
	}

	protected abstract Facts facts(Programme programme, String step);

	@Override
	protected final void record(DelegateTask task, FormInput input, Programme programme) {
		String step = ProgrammeProcess.Var.PLAN_STEP.requiredFrom(task);
		Facts found = facts(programme, step);
		if (found.expected() == 0) {
			String reason = input.text(PENDING_REASON, "Почему шаг не проводился", 10, 2000);
			input.rejectIfInvalid();
			stepLog.notHeld(programme.getId(), step, found.summary() + " " + reason, input.performer());
			return;
		}
		input.require(found.done() > 0, found.summary() + " " + found.noneDone());
		String reason = found.done() == found.expected() ? null
				: input.text(PENDING_REASON, found.pendingLabel(), 10, 2000);
		input.rejectIfInvalid();
		stepLog.held(programme.getId(), step, found.participants(),
				found.summary() + (reason == null ? "" : " Причина: " + reason), input.performer());
	}
}
