package ru.nastavnik.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A round's figures: how many questionnaires were issued, how many were answered, the mean scores and the open answers. */
public record Figures(Instant openedAt, Instant dueAt, Instant closedAt, int sent, int answered, int inTasklist,
		int onPaper, Double pairWork,
		Double regularity, Double usefulness, Double relationship, List<String> whatWorked,
		List<String> whatToChange) {

	static final Figures NONE = new Figures(null, null, null, 0, 0, 0, 0, null, null, null, null, List.of(), List.of());

	/** The response rate in whole percent; 0 when nothing was sent. */
	public int rate() {
		return sent == 0 ? 0 : Math.round(answered * 100f / sent);
	}

	/** The figures in one Russian paragraph, as the step's record keeps them. */
	public String summary() {
		java.util.List<String> ways = new java.util.ArrayList<>();
		if (inTasklist > 0) {
			ways.add("в списке задач — " + inTasklist);
		}
		if (onPaper > 0) {
			ways.add("на бумаге — " + onPaper);
		}
		String counts = "Анкет выдано: " + sent + ", ответили: " + answered + " (" + rate() + " %"
				+ (ways.isEmpty() ? "" : "; из них " + String.join(", ", ways)) + ").";
		if (answered == 0) {
			return counts;
		}
		return counts + " Средние оценки из 5: работа пары — " + score(pairWork) + "; регулярность встреч — "
				+ score(regularity) + "; польза — " + score(usefulness) + "; отношения в паре — "
				+ score(relationship) + ".";
	}

	static String score(Double value) {
		return value == null ? "—" : String.format(Locale.ROOT, "%.1f", value).replace('.', ',');
	}
}
