package ru.nastavnik.monitoring;

import java.util.ArrayList;
import java.util.List;

/**
 * What the system knows of how the programme went, for its quality (step 30): the pairs formed and kept, the
 * meetings held and missed, the response rates of the questionnaires, the participants who left and the consents
 * revoked, the roadmap's steps held and overdue.
 *
 * @param feedbackRates each questionnaire round's response rate in Russian («ноябрь — 80 %»), in the year's order
 */
public record QualityFigures(int pairsFormed, int pairsKept, int pairsEnded, int participantsPaired,
		long meetingsHeld, long meetingsMissed,
		List<String> feedbackRates, long menteesLeft, long mentorsLeft, long consentsRevoked, int percentDone,
		int stepsNotHeld, int stepsEverOverdue, int stepsOverdueNow) {

	/** Each figure as a line of a list, in Russian. */
	public List<String> lines() {
		List<String> lines = new ArrayList<>();
		lines.add("Пар наставник — наставляемый сформировано приказом: " + pairsFormed + " (участников в них: "
				+ participantsPaired + "); действуют или завершили работу в срок: " + pairsKept
				+ "; прекращены досрочно: " + pairsEnded + ".");
		long recorded = meetingsHeld + meetingsMissed;
		lines.add("Встреч пар проведено: " + meetingsHeld + "; отмечено пропущенных: " + meetingsMissed
				+ (recorded == 0 ? "." : " (проведено " + Math.round(meetingsHeld * 100.0 / recorded)
						+ " % отмеченных в журнале)."));
		lines.add("Анкеты участников: " + (feedbackRates.isEmpty() ? "не проводились."
				: "ответили — " + String.join("; ", feedbackRates) + "."));
		lines.add("Выбыли из программы: наставляемых — " + menteesLeft + ", наставников — " + mentorsLeft
				+ "; отозвали согласие на обработку данных: " + consentsRevoked + ".");
		lines.add("Дорожная карта: выполнено " + percentDone + " % шагов плана; не проводились (с причиной) — "
				+ stepsNotHeld + "; выходили за срок — " + stepsEverOverdue + ", просрочены сейчас — " + stepsOverdueNow
				+ ".");
		return lines;
	}

	/** The figures in one paragraph, as the step's record and the review keep them. */
	public String summary() {
		return String.join(" ", lines());
	}
}
