package ru.nastavnik.participant;

import ru.nastavnik.engine.ProcessVariable;

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

	/** Process variables: ids and decisions, each with its type. */
	public static final class Var {

		public static final ProcessVariable<Long> PARTICIPANT_ID = ProcessVariable.id("participantId");

		public static final ProcessVariable<ParticipantRole> ROLE = ProcessVariable.choice("role", ParticipantRole.class);

		public static final ProcessVariable<Boolean> MINOR = ProcessVariable.flag("minor");

		public static final ProcessVariable<Boolean> CONSENT_GIVEN = ProcessVariable.flag("consentGiven");

		public static final ProcessVariable<Boolean> QUESTIONNAIRE_GIVEN = ProcessVariable.flag("questionnaireGiven");

		public static final ProcessVariable<Boolean> THIRD_PARTY_INFORMATION = ProcessVariable
			.flag("thirdPartyInformation");

		public static final ProcessVariable<MenteeCategory> MENTEE_CATEGORY = ProcessVariable.choice(Field.MENTEE_CATEGORY,
				MenteeCategory.class);

		/** The decision {@code mentoring-form-recommendation}: the form of mentoring recommended for the mentee. */
		public static final ProcessVariable<String> RECOMMENDED_FORM = ProcessVariable.text("recommendedForm");

		public static final ProcessVariable<Boolean> INCLUDED = ProcessVariable.flag(Field.INCLUDED);

		public static final ProcessVariable<Boolean> INTERVIEW_NEEDED = ProcessVariable.flag(Field.INTERVIEW_NEEDED);

		private Var() {
		}
	}

	/** Fields of the enrolment's forms that the steps read by name. */
	public static final class Field {

		public static final String PARTICIPANT_NAME = "participantName";

		public static final String CONSENT_SIGNER = "consentSigner";

		public static final String CONSENT_RECEIVED_ON = "consentReceivedOn";

		public static final String MENTEE_CATEGORY = "menteeCategory";

		public static final String INCLUDED = "includedInBase";

		public static final String INTERVIEW_NEEDED = "interviewNeeded";

		/** A task-local summary of the participant's questionnaire, for the working group's form. */
		public static final String SUMMARY = "participantSummary";

		private Field() {
		}
	}

	private EnrolmentProcess() {
	}
}
