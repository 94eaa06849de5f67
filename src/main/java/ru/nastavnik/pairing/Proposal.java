package ru.nastavnik.pairing;

import java.util.List;

/**
 * The programme's pairs as the working group reviews them: proposed and in effect, each with its score explained, and
 * the mentees left without a mentor with the reason.
 */
record Proposal(Long programmeId, List<PairView> pairs, List<UnmatchedView> unmatched, long totalScore,
		RunView lastRun) {

	/** Up to this many pairs, the form lists each with its explanation; a larger proposal is read in the table. */
	static final int DETAILED_PAIRS = 8;

	/** Below Camunda's 4,000 characters of a text variable, leaving room for the closing line. */
	static final int MARKDOWN_LIMIT = 3800;

	public record Person(Long id, String name) {
	}

	public record PairView(Long id, PairStatus status, String statusTitle, Person mentor, Person mentee, String form,
			String formTitle, int score, int requestsScore, int formScore, int preferenceScore,
			int compatibilityScore, String explanation, boolean flagged, PairSource source, Long orderId) {
	}

	public record UnmatchedView(Person mentee, String reason) {
	}

	public record RunView(int mentees, int mentors, int pairs, long totalScore, long millis, String runBy,
			java.time.Instant runAt) {
	}

	/**
	 * The proposal in Markdown, as the review form in Tasklist shows it: the figures, and for a small proposal each
	 * pair with its explanation and each mentee left alone with the reason. A larger one is read in the table of pairs
	 * the form links to ({@code /programmes/{id}/pairs/proposal}). An engine text variable holds at most 4,000
	 * characters, so where even a small proposal's lines are too long the text ends with how many are not shown.
	 */
	public String markdown() {
		StringBuilder text = new StringBuilder();
		long flagged = pairs.stream().filter(PairView::flagged).count();
		text.append("**Пары и группы: ").append(pairs.size()).append(", сумма оценок ").append(totalScore)
			.append(". Без наставника: ").append(unmatched.size()).append(".")
			.append(flagged > 0 ? " Ждут педагога-психолога: " + flagged + "." : "").append("**\n\n");
		if (pairs.size() > DETAILED_PAIRS) {
			return text.append("Каждая пара с объяснением оценки и каждый наставляемый без наставника с причиной — ")
				.append("в таблице пар (ссылка выше).\n").toString();
		}
		java.util.List<String> lines = new java.util.ArrayList<>();
		for (PairView pair : pairs) {
			lines.add("- Пара № " + pair.id() + (pair.status() == PairStatus.ACTIVE ? " (действует)" : "")
					+ (pair.flagged() ? " **ждёт педагога-психолога**" : "") + ": наставник № " + pair.mentor().id()
					+ " " + pair.mentor().name() + " — наставляемый № " + pair.mentee().id() + " "
					+ pair.mentee().name() + ", «" + pair.formTitle() + "», оценка " + pair.score() + ". "
					+ pair.explanation() + "\n");
		}
		if (!unmatched.isEmpty()) {
			lines.add("\n**Без наставника:**\n\n");
			unmatched.forEach(mentee -> lines.add("- наставляемый № " + mentee.mentee().id() + " "
					+ mentee.mentee().name() + ": " + mentee.reason() + "\n"));
		}
		int shown = 0;
		for (String line : lines) {
			if (text.length() + line.length() > MARKDOWN_LIMIT) {
				break;
			}
			text.append(line);
			shown++;
		}
		if (shown < lines.size()) {
			text.append("\n… и ещё строк: ").append(lines.size() - shown)
				.append(". Весь список — в таблице пар (ссылка выше).\n");
		}
		return text.toString();
	}

}
