package ru.nastavnik.programme;

/** Key, element ids and variables of {@code plan-change}: the director decides a change of an approved roadmap. */
public final class PlanChangeProcess {

	public static final String KEY = "plan-change";

	public static final String APPROVE_PLAN_CHANGE = "approvePlanChange";

	public static final class Var {

		public static final String PLAN_CHANGE_ID = "planChangeId";

		public static final String STEP_TITLE = "planChangeStepTitle";

		public static final String PREVIOUS_DUE_ON = "planChangePreviousDueOn";

		public static final String REQUESTED_DUE_ON = "planChangeRequestedDueOn";

		public static final String REASON = "planChangeReason";

		public static final String DECISION = "planChangeDecision";

		public static final String COMMENT = "planChangeComment";

		private Var() {
		}
	}

	private PlanChangeProcess() {
	}
}
