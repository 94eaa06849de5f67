package ru.nastavnik.feedback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A round's figures: how many questionnaires were issued and answered, and by which way, the mean answer to each
 * closed question (for the satisfaction questionnaire by role, its questions differing) and the open answers.
 */
public record Figures(Questionnaire questionnaire, Instant openedAt, Instant dueAt, Instant closedAt, int sent,
		int answered, int inTasklist, int onPaper, List<Mean> means, List<String> whatWorked,
		List<String> whatToChange) {

	/** A group of answers smaller than this shows no means: they would be a person's own answers. */
	public static final int SMALLEST_SHOWN = 5;

	/** Decimal commas, as Russian writes them. */
	public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	static Figures none(Questionnaire questionnaire) {
		return new Figures(questionnaire, null, null, null, 0, 0, 0, 0, List.of(), List.of(), List.of());
	}

	/** The response rate in whole percent; 0 when nothing was sent. */
	public int rate() {
		return sent == 0 ? 0 : Math.round(answered * 100f / sent);
	}

	/** The mean of a question over the role's answers (or everyone's when the questionnaire is not by role). */
	public java.util.Optional<Mean> mean(RespondentRole role, String question) {
		return means.stream().filter(mean -> (mean.role() == null || mean.role() == role)
				&& mean.question().code().equals(question)).findFirst();
	}

	/** How many were asked and answered, and by which way, in one Russian sentence. */
	public String counts() {
		List<String> ways = new ArrayList<>();
		if (inTasklist > 0) {
			ways.add("в списке задач — " + inTasklist);
		}
		if (onPaper > 0) {
			ways.add("на бумаге — " + onPaper);
		}
		return "Анкет выдано: " + sent + ", ответили: " + answered + " (" + rate() + " %"
				+ (ways.isEmpty() ? "" : "; из них " + String.join(", ", ways)) + ").";
	}

	/** The figures in one Russian paragraph, as the step's record keeps them. */
	public String summary() {
		String counts = counts();
		if (answered == 0) {
			return counts;
		}
		if (!questionnaire.byRole()) {
			return counts + " " + means(null, means, Scale.FIVE);
		}
		StringBuilder text = new StringBuilder(counts);
		for (RespondentRole role : RespondentRole.values()) {
			List<Mean> own = means.stream().filter(mean -> mean.role() == role).toList();
			if (!own.isEmpty()) {
				text.append(' ').append(role.plural()).append(" (ответов: ").append(own.get(0).count()).append("): ")
					.append(means(role, own, Scale.TEN));
			}
		}
		return text.toString();
	}

	/**
	 * The means of a group in a sentence: the scores, then the share of «да»; with fewer than
	 * {@value #SMALLEST_SHOWN} answers none — they would be a person's own answers.
	 */
	private static String means(RespondentRole role, List<Mean> means, Scale scale) {
		int answered = means.stream().mapToInt(Mean::count).max().orElse(0);
		if (answered < SMALLEST_SHOWN) {
			return (role == null ? "Средние" : "средние") + " не показываются: ответов меньше " + SMALLEST_SHOWN
					+ ", это были бы ответы конкретного человека.";
		}
		String scores = means.stream().filter(mean -> !mean.question().scale().yesNo())
			.map(mean -> mean.question().shortTitle() + " — " + mean.display()).collect(Collectors.joining("; "));
		String yes = means.stream().filter(mean -> mean.question().scale().yesNo())
			.map(mean -> mean.question().shortTitle() + " — " + mean.display()).collect(Collectors.joining("; "));
		return (role == null ? "Средние" : "средние") + " оценки из " + scale.max() + ": " + scores
				+ (yes.isEmpty() ? "" : "; ответили «да»: " + yes) + ".";
	}

	static String score(Double value) {
		return value == null ? "—" : String.format(RUSSIAN, "%.1f", value);
	}

	/**
	 * The mean answer to a closed question: a score's mean, or a yes/no question's share of «да».
	 *
	 * @param role whose answers, null when everyone's
	 * @param count how many answered it
	 */
	public record Mean(RespondentRole role, Question question, int count, double value) {

		/** «4,3» for a score, «80 %» (of «да») for a yes/no question. */
		public String display() {
			return question.scale().yesNo() ? Math.round(value * 100) + " %" : score(value);
		}
	}
}
