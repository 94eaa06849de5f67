package ru.nastavnik.feedback;

import java.util.Set;

/** The two steps of the roadmap that collect the pairs' feedback (step 24). */
public final class FeedbackSteps {

	public static final String NOVEMBER = "collectFeedbackNovember";

	public static final String MAY = "collectFeedbackMay";

	public static final Set<String> ALL = Set.of(NOVEMBER, MAY);

	/** The form's fields (input for the closing only: the engine keeps none of them). */
	public static final String CONCLUSION = "feedbackConclusion";

	public static final String NO_ANSWERS_REASON = "noAnswersReason";

	/** What the form shows, read from the domain when it is opened. */
	static final String FIGURES = "feedbackFigures";

	static final String SUMMARY = "feedbackSummary";

	private FeedbackSteps() {
	}
}
