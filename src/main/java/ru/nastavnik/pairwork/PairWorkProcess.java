package ru.nastavnik.pairwork;

import ru.nastavnik.engine.ProcessVariable;

/**
 * The steps of a pair's own process ({@code mentoring-pair}, whose key, pair id and term the pairing that starts it
 * holds): element ids, the decisions its gateways route by, and its forms' fields.
 */
public final class PairWorkProcess {

	static final String HOLD_ORGANISATIONAL_MEETING = "holdOrganisationalMeeting";

	static final String HOLD_TRIAL_MEETING = "holdTrialMeeting";

	static final String HOLD_PLANNING_MEETING = "holdPlanningMeeting";

	static final String CLARIFY_MISSED_MEETINGS = "clarifyMissedMeetings";

	static final String HOLD_FINAL_MEETING = "holdFinalMeeting";

	static final String NEXT_MEETING_DUE = "nextMeetingDue";

	static final String REGULAR_MEETINGS_OVER = "regularMeetingsOver";

	/** Decisions of the pair's process. */
	public static final class Var {

		/** The trial meeting's answer: both sides want to go on. */
		public static final ProcessVariable<Boolean> PAIR_GOES_ON = ProcessVariable.flag(Field.PAIR_GOES_ON);

		/** Checks in a row that found no meeting on the schedule; two or more send the inquiry to the working group. */
		public static final ProcessVariable<Integer> MEETINGS_MISSED = ProcessVariable.count("meetingsMissed");

		private Var() {
		}
	}

	/** The fields of the pair's forms; a step's listener reads them and removes them from the process. */
	static final class Field {

		static final String HELD_ON = "heldOn";

		static final String DURATION_MINUTES = "durationMinutes";

		static final String MEETING_FORMAT = "meetingFormat";

		static final String ATTENDANCE = "attendance";

		static final String CONTACT_RULES = "contactRules";

		static final String TRIED = "tried";

		static final String PAIR_GOES_ON = "pairGoesOn";

		static final String STOP_REASON = "stopReason";

		static final String MISSED_REASON = "missedReason";

		static final String INQUIRY_COMMENT = "inquiryComment";

		static final String RESULT_SUMMARY = "resultSummary";

		private Field() {
		}
	}

	private PairWorkProcess() {
	}
}
