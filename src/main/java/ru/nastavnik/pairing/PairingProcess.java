package ru.nastavnik.pairing;

/** Keys, element ids and variables of the pairing's processes: step 18, step 19, each pair, and re-pairing. */
public final class PairingProcess {

	public static final String MATCHING = "pair-matching";

	public static final String ORDER = "director-order";

	public static final String PAIR = "mentoring-pair";

	public static final String RE_PAIRING = "re-pairing";

	public static final String PROPOSE_PAIRS = "proposePairs";

	public static final String REVIEW_PAIRS = "reviewPairs";

	public static final String CHECK_COMPATIBILITY = "checkCompatibility";

	public static final String DRAFT_ORDER = "draftPairingOrder";

	public static final String APPROVE_ORDER = "approvePairingOrder";

	public static final String REWORK_PAIRS = "reworkPairs";

	public static final String CHECK_REWORKED_COMPATIBILITY = "checkReworkedCompatibility";

	public static final String FIX_PAIRS = "fixPairs";

	/** The message that ends a pair's process when the pair ends early. */
	public static final String PAIR_ENDED = "pairEnded";

	public static final class Var {

		public static final String PROGRAMME_ID = "programmeId";

		public static final String ORGANISATION_ID = "organisationId";

		public static final String PAIR_ID = "pairId";

		public static final String ORDER_ID = "orderId";

		public static final String ORDER_APPROVED = "orderApproved";

		public static final String RETURN_COMMENT = "returnComment";

		public static final String REVIEW_DECISION = "reviewDecision";

		/** When a pair's term ends: the timer of its process. */
		public static final String TERM_ENDS_AT = "termEndsAt";

		/** A due date set for the run instead of the plan's (re-pairing during the year). */
		public static final String STEP_DUE_ON = "stepDueOn";

		private Var() {
		}
	}

	static String pairBusinessKey(Long pairId) {
		return "pair-" + pairId;
	}

	static String rePairingBusinessKey(Long programmeId) {
		return "re-pairing-" + programmeId;
	}

	private PairingProcess() {
	}
}
