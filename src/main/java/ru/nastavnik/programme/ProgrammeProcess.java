package ru.nastavnik.programme;

import java.time.LocalDate;
import java.util.Date;

import ru.nastavnik.engine.ProcessVariable;
import ru.nastavnik.organisation.OrganisationVariable;

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

	/** Step 31: the second stage of the participants' evaluation (the May repetition of steps 9 and 12). */
	public static final String EVALUATE_PARTICIPANTS_AGAIN = "evaluateParticipantsAgain";

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

	/** The daily reminders' timer: the day before a pair's meeting, some days before a step's due date. */
	public static final String REMINDERS_DUE = "remindersDue";

	public static final String SEND_REMINDERS = "sendReminders";

	/** Process variables: ids and decisions only, each with its type. */
	public static final class Var {

		public static final ProcessVariable<Long> PROGRAMME_ID = ProcessVariable.id("programmeId");

		public static final ProcessVariable<Long> ORGANISATION_ID = OrganisationVariable.ORGANISATION_ID;

		public static final ProcessVariable<ProgrammeAudience> AUDIENCE = ProcessVariable.choice("audience",
				ProgrammeAudience.class);

		/** In a process called for a roadmap step: which step of the plan it carries out (its due date, its record). */
		public static final ProcessVariable<String> PLAN_STEP = ProcessVariable.text("planStep");

		public static final ProcessVariable<Boolean> INCLUDES_LEGAL_REPRESENTATIVE_STEPS = ProcessVariable
			.flag("includesLegalRepresentativeSteps");

		/** The decision {@code roadmap-steps}: the groups of steps the programme does not hold. */
		public static final ProcessVariable<Object> EXCLUDED_SCOPES = ProcessVariable.raw("excludedScopes");

		public static final ProcessVariable<Boolean> INCLUDES_PARENT_STEPS = ProcessVariable.flag("includesParentSteps");

		public static final ProcessVariable<Boolean> INCLUDES_PUPIL_STEPS = ProcessVariable.flag("includesPupilSteps");

		/** The curator the director appointed: a login, which later steps hand tasks to. */
		public static final ProcessVariable<String> CURATOR_LOGIN = ProcessVariable.text(Field.CURATOR_LOGIN);

		/** Where the roadmap is published on the organisation's site. */
		public static final ProcessVariable<String> ROADMAP_URL = ProcessVariable.text(Field.PUBLISHED_URL);

		/** Why a step was not held: on its task, where the history keeps it. */
		public static final ProcessVariable<String> NOT_HELD_REASON = ProcessVariable.text(Field.NOT_HELD_REASON);

		/** Step 14 plans a training of mentors, step 15 records it held: the event's id. */
		public static final ProcessVariable<Long> TRAINING_EVENT_ID = ProcessVariable.id("trainingEventId");

		public static final ProcessVariable<Long> GROUP_MEETING_EVENT_ID = ProcessVariable.id("groupMeetingEventId");

		/** The element variable of step 17: whose questionnaire a task is. */
		public static final ProcessVariable<Long> RESPONDENT_ID = ProcessVariable.id("respondentId");

		public static final ProcessVariable<Date> OVERDUE_ESCALATED_AT = ProcessVariable
			.instant("overdueEscalatedAt");

		/**
		 * A due date a process run sets for its steps instead of the plan's: work outside the plan's months, such as
		 * re-pairing during the year.
		 */
		public static final ProcessVariable<LocalDate> STEP_DUE_ON = ProcessVariable.date("stepDueOn");

		private Var() {
		}
	}

	/** Fields of the stage I forms: what a person submits, read and checked by the step, then cleared. */
	public static final class Field {

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

		private Field() {
		}
	}

	private ProgrammeProcess() {
	}
}
