package ru.nastavnik.training;

/** Field names of the forms of steps 14–16 and the task-local variables their create listeners set. */
final class StageFourForm {

	public static final String TOPIC = "trainingTopic";

	public static final String PLANNED_ON = "plannedOn";

	public static final String EXPERTS = "experts";

	public static final String MATERIALS = "trainingMaterials";

	public static final String HELD_ON = "heldOn";

	public static final String COMMENT = "comment";

	/** Step 15: the mentors who were trained (a checklist of participant ids). */
	public static final String TRAINED_MENTOR_IDS = "trainedMentorIds";

	/** Step 15, task-local: the mentors the checklist offers. */
	public static final String TRAINING_CANDIDATES = "trainingCandidates";

	/** Step 15, task-local: what step 14 planned, for the form to show. */
	public static final String TRAINING_PLAN = "trainingPlan";

	public static final String MEETING_TOPIC = "meetingTopic";

	/** Step 16: who attended the group meeting (a checklist of participant ids). */
	public static final String ATTENDEE_IDS = "attendeeIds";

	/** Step 16, task-local: the mentors and mentees the checklist offers. */
	public static final String MEETING_CANDIDATES = "meetingCandidates";

	private StageFourForm() {
	}
}
