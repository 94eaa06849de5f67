package ru.nastavnik.feedback;

import ru.nastavnik.engine.ProcessVariable;

/**
 * The questionnaire of one feedback request answered in Tasklist ({@code feedback-answer}): a mentor with a login gets
 * it as a task of their own, besides the mailed link. Either way answers once: the link's answer, the round's
 * closing and a revoked consent settle the task; its expiry ends it.
 */
public final class FeedbackAnswerProcess {

	public static final String KEY = "feedback-answer";

	/** The tasks: the pairs' feedback, and the satisfaction questionnaire of the year's end. */
	static final String ANSWER = "answerFeedback";

	static final String ANSWER_SATISFACTION = "answerSatisfaction";

	/** The expiry timer of the pairs' feedback task. */
	static final String EXPIRED = "answerExpired";

	/** The message that settles the task: answered through the link, the round closed, the request gone. */
	static final String SETTLED = "feedbackRequestSettled";

	/** The request the process answers. */
	public static final class Var {

		public static final ProcessVariable<Long> FEEDBACK_REQUEST_ID = ProcessVariable.id("feedbackRequestId");

		private Var() {
		}
	}

	/** What the form shows, read from the domain when it is opened. */
	static final String INTRO = "feedbackIntro";

	/** Whose questions the satisfaction form shows: {@code MENTEE} or {@code MENTOR}. */
	static final String RESPONDENT_ROLE = "respondentRole";

	private FeedbackAnswerProcess() {
	}
}
