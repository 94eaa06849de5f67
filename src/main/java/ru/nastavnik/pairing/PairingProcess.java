package ru.nastavnik.pairing;

import ru.nastavnik.engine.ProcessVariable;

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

	public static final String REMATCH_PAIRS = "rematchPairs";

	public static final String FIX_PAIRS = "fixPairs";

	public static final String START_PAIR_WORK = "startPairWork";

	public static final String INFORM_PARTICIPANTS = "informParticipants";

	/** The message that ends a pair's process when the pair ends early. */
	public static final String PAIR_ENDED = "pairEnded";

	/** Process variables: ids and decisions, each with its type. */
	public static final class Var {

		public static final ProcessVariable<Long> PAIR_ID = ProcessVariable.id("pairId");

		public static final ProcessVariable<Long> ORDER_ID = ProcessVariable.id("orderId");

		public static final ProcessVariable<Boolean> ORDER_APPROVED = ProcessVariable.flag("orderApproved");

		public static final ProcessVariable<String> RETURN_COMMENT = ProcessVariable.text(Field.RETURN_COMMENT);

		/** The working group's decision on the proposal: {@code accept}, {@code adjust} or {@code rematch}. */
		public static final ProcessVariable<String> REVIEW_DECISION = ProcessVariable.text(Field.REVIEW_DECISION);

		/**
		 * Who asked for the work a background step does (a new matching, the draft of the order): the login of the
		 * person whose decision led to it, recorded with the work since the job runs without them.
		 */
		public static final ProcessVariable<String> REQUESTED_BY = ProcessVariable.text("requestedBy");

		/** When a pair's term ends: the timer of its process (ISO date and time, as the timer reads it). */
		public static final ProcessVariable<String> TERM_ENDS_AT = ProcessVariable.text("termEndsAt");

		private Var() {
		}
	}

	/** Fields of the pairing's forms that the steps read by name. */
	static final class Field {

		static final String RETURN_COMMENT = "returnComment";

		static final String REVIEW_DECISION = "reviewDecision";

		static final String COMPATIBLE = "compatible";

		static final String COMPATIBILITY_COMMENT = "compatibilityComment";

		private Field() {
		}
	}

	static String pairBusinessKey(Long pairId) {
		return "pair-" + pairId;
	}

	public static String rePairingBusinessKey(Long programmeId) {
		return "re-pairing-" + programmeId;
	}

	private PairingProcess() {
	}
}
