package ru.nastavnik.programme;

import ru.nastavnik.engine.ProcessVariable;

/** Key, element ids and variables of {@code plan-change}: the director decides a change of an approved roadmap. */
final class PlanChangeProcess {

	public static final String KEY = "plan-change";

	public static final String APPROVE_PLAN_CHANGE = "approvePlanChange";

	/** Process variables: ids and decisions, each with its type. */
	public static final class Var {

		public static final ProcessVariable<Long> PLAN_CHANGE_ID = ProcessVariable.id("planChangeId");

		/** The director's decision, kept in the history with the change. */
		public static final ProcessVariable<Boolean> APPROVED = ProcessVariable.flag("planChangeApproved");

		public static final ProcessVariable<String> RETURN_COMMENT = ProcessVariable.text("planChangeReturnComment");

		private Var() {
		}
	}

	/** Fields of the director's form that show what the change is (the decision is {@code ApprovalForm}'s). */
	static final class Field {

		static final String STEP_TITLE = "planChangeStepTitle";

		static final String PREVIOUS_DUE_ON = "planChangePreviousDueOn";

		static final String REQUESTED_DUE_ON = "planChangeRequestedDueOn";

		static final String REASON = "planChangeReason";

		private Field() {
		}
	}

	private PlanChangeProcess() {
	}
}
