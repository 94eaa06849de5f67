package ru.nastavnik.programme;

import ru.nastavnik.engine.ProcessVariable;

/** Key, element ids and variables of {@code plan-change}: the director decides a change of an approved roadmap. */
public final class PlanChangeProcess {

	public static final String KEY = "plan-change";

	public static final String APPROVE_PLAN_CHANGE = "approvePlanChange";

	/** Process variables: ids and decisions, each with its type. */
	public static final class Var {

		public static final ProcessVariable<Long> PLAN_CHANGE_ID = ProcessVariable.id("planChangeId");

		private Var() {
		}
	}

	/** Fields of the director's form: what the change is (shown) and the decision (submitted). */
	static final class Field {

		static final String STEP_TITLE = "planChangeStepTitle";

		static final String PREVIOUS_DUE_ON = "planChangePreviousDueOn";

		static final String REQUESTED_DUE_ON = "planChangeRequestedDueOn";

		static final String REASON = "planChangeReason";

		static final String DECISION = "planChangeDecision";

		static final String COMMENT = "planChangeComment";

		private Field() {
		}
	}

	private PlanChangeProcess() {
	}
}
