package ru.nastavnik.programme;

/** Key, element ids and variable names of {@code mentoring-programme}: the one place they are spelled out. */
public final class ProgrammeProcess {

	public static final String KEY = "mentoring-programme";

	public static final String DECIDE_ROADMAP_STEPS = "decideRoadmapSteps";

	public static final String BUILD_ROADMAP_PLAN = "buildRoadmapPlan";

	public static final String STAGE_PREPARATION = "stagePreparation";

	public static final String RECORD_PREPARATION_COMPLETED = "recordPreparationCompleted";

	public static final String APPOINT_CURATOR = "appointCurator";

	public static final String DRAFT_REGULATION = "draftRegulation";

	public static final String APPROVE_REGULATION = "approveRegulation";

	public static final String DRAFT_ROADMAP = "draftRoadmap";

	public static final String APPROVE_ROADMAP = "approveRoadmap";

	public static final String PUBLISH_ROADMAP = "publishRoadmap";

	public static final String INFORM_TEACHERS = "informTeachers";

	public static final String INFORM_PARENTS = "informParents";

	public static final String MEET_ALUMNI_AND_ENTERPRISES = "meetAlumniAndEnterprises";

	public static final String MEET_PUPILS = "meetPupils";

	public static final String STAGE_MENTEE_BASE = "stageMenteeBase";

	public static final String STAGE_MENTOR_BASE = "stageMentorBase";

	public static final String COLLECT_QUESTIONNAIRES = "collectQuestionnaires";

	public static final String COLLECT_THIRD_PARTY_INFORMATION = "collectThirdPartyInformation";

	public static final String FORM_MENTEE_BASE = "formMenteeBase";

	public static final String CHOOSE_MENTORING_FORMS = "chooseMentoringForms";

	public static final String EVALUATE_MENTEES = "evaluateMentees";

	public static final String COLLECT_MENTOR_QUESTIONNAIRES = "collectMentorQuestionnaires";

	public static final String FORM_MENTOR_BASE = "formMentorBase";

	public static final String INTERVIEW_MENTORS = "interviewMentors";

	public static final String EVALUATE_MENTORS = "evaluateMentors";

	public static final String STAGE_MENTOR_TRAINING = "stageMentorTraining";

	public static final String STAGE_PAIRS = "stagePairs";

	public static final String STAGE_PAIR_WORK = "stagePairWork";

	public static final String STAGE_COMPLETION = "stageCompletion";

	public static final String FIND_TRAINING_EXPERTS = "findTrainingExperts";

	public static final String TRAIN_MENTORS = "trainMentors";

	public static final String HOLD_GROUP_MEETING = "holdGroupMeeting";

	/** A multi-instance user task: one questionnaire per respondent of the group meeting. */
	public static final String COLLECT_PREFERENCES = "collectPreferences";

	/** Records step 17 once, however many questionnaires there were (none when nobody attended the meeting). */
	public static final String RECORD_PREFERENCES_COLLECTED = "recordPreferencesCollected";

	public static final String PROGRAMME_COMPLETED = "programmeCompleted";

	public static final String OVERDUE_DIGEST_DUE = "digestDue";

	public static final String SEND_OVERDUE_DIGEST = "sendOverdueDigest";

	/** Process variables: ids and decisions only. */
	public static final class Var {

		public static final String PROGRAMME_ID = "programmeId";

		public static final String ORGANISATION_ID = "organisationId";

		public static final String AUDIENCE = "audience";

		/** In a process called for a roadmap step: which step of the plan it carries out (its due date, its record). */
		public static final String PLAN_STEP = "planStep";

		public static final String INCLUDES_LEGAL_REPRESENTATIVE_STEPS = "includesLegalRepresentativeSteps";

		/** The decision {@code roadmap-steps}: the groups of steps the programme does not hold. */
		public static final String EXCLUDED_SCOPES = "excludedScopes";

		public static final String INCLUDES_PARENT_STEPS = "includesParentSteps";

		public static final String INCLUDES_PUPIL_STEPS = "includesPupilSteps";

		public static final String CURATOR_LOGIN = "curatorLogin";

		public static final String ORDER_NUMBER = "orderNumber";

		public static final String ORDER_DATE = "orderDate";

		public static final String PUBLISHED_URL = "roadmapUrl";

		public static final String PUBLISHED_ON = "publishedOn";

		public static final String EVENT_HELD = "eventHeld";

		public static final String NOT_HELD_REASON = "notHeldReason";

		public static final String HELD_ON = "heldOn";

		public static final String PARTICIPANT_COUNT = "participantCount";

		public static final String MATERIALS = "materials";

		public static final String COMMENT = "comment";

		/** Step 14 plans a training of mentors, step 15 records it held: the event's id. */
		public static final String TRAINING_EVENT_ID = "trainingEventId";

		public static final String GROUP_MEETING_EVENT_ID = "groupMeetingEventId";

		/** The element variable of step 17: whose questionnaire a task is. */
		public static final String RESPONDENT_ID = "respondentId";

		public static final String OVERDUE_ESCALATED_AT = "overdueEscalatedAt";

		private Var() {
		}
	}

	private ProgrammeProcess() {
	}
}
