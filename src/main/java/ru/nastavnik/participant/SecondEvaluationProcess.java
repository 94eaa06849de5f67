package ru.nastavnik.participant;

/**
 * The second evaluation (roadmap step 31, the May repetition of steps 9 and 12; {@code second-evaluation}, called by
 * the programme): one task per participant in the bases, on the same parameters and by the same group as the first;
 * next to them the working group's task that closes the step from the facts. A participant who leaves meanwhile is
 * not evaluated: their task ends.
 */
public final class SecondEvaluationProcess {

	public static final String KEY = "second-evaluation";

	public static final String EVALUATE_AGAIN = "evaluateParticipantAgain";

	public static final String RECORD = "recordSecondEvaluation";

	/** Ends a participant's evaluation task when they leave the programme. */
	static final String PARTICIPANT_LEFT = "participantLeft";

	private SecondEvaluationProcess() {
	}
}
