package ru.nastavnik.feedback;

import java.util.List;

/**
 * The steps of the roadmap that ask the participants a questionnaire: the pairs' feedback (step 24, November and
 * May) and the satisfaction with the participation (step 27).
 */
public final class FeedbackSteps {

	public static final String NOVEMBER = "collectFeedbackNovember";

	public static final String MAY = "collectFeedbackMay";

	public static final String SATISFACTION = "surveySatisfaction";

	/** In the order of the year, as the programme's page lists their rounds. */
	public static final List<String> ALL = List.of(NOVEMBER, MAY, SATISFACTION);

	/** The form's fields (input for the closing only: the engine keeps none of them). */
	public static final String CONCLUSION = "feedbackConclusion";

	public static final String NO_ANSWERS_REASON = "noAnswersReason";

	/** What the form shows, read from the domain when it is opened. */
	static final String FIGURES = "feedbackFigures";

	static final String SUMMARY = "feedbackSummary";

	static final String TITLE = "feedbackTitle";

	static final String ABOUT = "feedbackAbout";

	private FeedbackSteps() {
	}
}
