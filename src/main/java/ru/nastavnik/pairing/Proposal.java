package ru.nastavnik.pairing;

import java.util.List;

/**
 * The programme's pairs as the working group reviews them: proposed and in effect, each with its score explained, and
 * the mentees left without a mentor with the reason.
 */
public record Proposal(Long programmeId, List<PairView> pairs, List<UnmatchedView> unmatched, long totalScore,
		RunView lastRun) {

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

	/** The proposal in Markdown, as the review form in Tasklist shows it. */
	public String markdown() {
		StringBuilder text = new StringBuilder();
		text.append("**Пары и группы: ").append(pairs.size()).append(", сумма оценок ").append(totalScore)
			.append(". Без наставника: ").append(unmatched.size()).append(".**\n\n");
		for (PairView pair : pairs) {
			text.append("- Пара № ").append(pair.id()).append(" (").append(pair.statusTitle()).append(pair.flagged()
					? ", **ждёт педагога-психолога**" : "").append("): наставник № ").append(pair.mentor().id())
				.append(" ").append(pair.mentor().name()).append(" — наставляемый № ").append(pair.mentee().id())
				.append(" ").append(pair.mentee().name()).append(", «").append(pair.formTitle()).append("». ")
				.append(pair.explanation()).append("\n");
		}
		if (!unmatched.isEmpty()) {
			text.append("\n**Без наставника:**\n\n");
			unmatched.forEach(mentee -> text.append("- наставляемый № ").append(mentee.mentee().id()).append(" ")
				.append(mentee.mentee().name()).append(": ").append(mentee.reason()).append("\n"));
		}
		return text.toString();
	}
}
