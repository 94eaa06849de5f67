package ru.nastavnik.participant;

import java.util.Set;

/** The process {@code participant-enrolment}: one per person, from the consent to the base. Ids used by code. */
public final class EnrolmentProcess {

	public static final String KEY = "participant-enrolment";

	public static final String RECORD_CONSENT = "recordConsent";

	public static final String FILL_QUESTIONNAIRE = "fillQuestionnaire";

	public static final String RECOMMEND_MENTORING_FORM = "recommendMentoringForm";

	public static final String COLLECT_THIRD_PARTY_INFORMATION = "collectThirdPartyInformation";

	public static final String DECIDE_MENTEE_BASE = "decideMenteeBase";

	public static final String DECIDE_MENTOR_BASE = "decideMentorBase";

	public static final String INTERVIEW_MENTOR = "interviewMentor";

	public static final String EVALUATE_PARTICIPANT = "evaluateParticipant";

	public static final String STOP_PROCESSING = "stopProcessing";

	public static final String CONSENT_REVOKED_MESSAGE = "consentRevoked";

	/** Process variables: ids and decisions; the name only to show whose task it is. */
	public static final class Var {

		public static final String PARTICIPANT_ID = "participantId";

		public static final String ROLE = "role";

		public static final String MINOR = "minor";

		public static final String PARTICIPANT_NAME = "participantName";

		public static final String CONSENT_SIGNER = "consentSigner";

		public static final String CONSENT_GIVEN = "consentGiven";

		public static final String QUESTIONNAIRE_GIVEN = "questionnaireGiven";

		public static final String THIRD_PARTY_INFORMATION = "thirdPartyInformation";

		public static final String MENTEE_CATEGORY = "menteeCategory";

		public static final String RECOMMENDED_FORM = "recommendedForm";

		public static final String INCLUDED = "includedInBase";

		public static final String INTERVIEW_NEEDED = "interviewNeeded";

		/** A task-local summary of the participant's questionnaire, for the working group's form. */
		public static final String SUMMARY = "participantSummary";

		private Var() {
		}
	}

	/**
	 * Variables that may identify a person or tell about them: the names, the summary, and whatever the forms
	 * submitted. Erasure masks them in the runtime and the history; ids and decisions stay.
	 */
	static final Set<String> KEPT_ON_ERASURE = Set.of("participantId", "programmeId", "organisationId", "planStep",
			Var.ROLE, Var.MINOR, Var.CONSENT_GIVEN, Var.QUESTIONNAIRE_GIVEN, Var.THIRD_PARTY_INFORMATION,
			Var.MENTEE_CATEGORY, Var.RECOMMENDED_FORM, Var.INCLUDED, Var.INTERVIEW_NEEDED, "audience",
			"overdueEscalatedAt");

	private EnrolmentProcess() {
	}
}
