package ru.nastavnik.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.feedback.Feedback;
import ru.nastavnik.feedback.FeedbackSteps;
import ru.nastavnik.feedback.Figures;
import ru.nastavnik.feedback.Question;
import ru.nastavnik.feedback.Questionnaire;
import ru.nastavnik.feedback.RespondentRole;
import ru.nastavnik.programme.Programme;

/**
 * The participants' satisfaction with the programme, from the Р-145 questionnaire of step 27, as the monitoring shows
 * it: the response rate, the mean answer to each question by role and the distribution of the overall score — once
 * the round is closed (while it is open a change would tell the latest answer), and for a role with fewer than
 * {@value Figures#SMALLEST_SHOWN} answers neither, as they would be a person's own answers.
 */
@Service
public class ProgrammeSatisfaction {

	private final Feedback feedback;

	ProgrammeSatisfaction(Feedback feedback) {
		this.feedback = feedback;
	}

	@Transactional(readOnly = true)
	public Satisfaction of(Programme programme) {
		Optional<Figures> found = feedback.figures(programme.getId(), FeedbackSteps.SATISFACTION);
		if (found.isEmpty()) {
			return new Satisfaction("Анкетирование удовлетворённости участием (шаг 27) ещё не проводилось.", List.of(),
					Map.of());
		}
		Figures figures = found.get();
		if (figures.closedAt() == null) {
			// while answers come in, a change of the means would tell the latest answer
			return new Satisfaction("Сбор ответов идёт. " + figures.counts() + " Средние оценки появятся, когда сбор "
					+ "завершится.", List.of(), Map.of());
		}
		Set<RespondentRole> shown = new LinkedHashSet<>();
		List<String> hidden = new ArrayList<>();
		for (RespondentRole role : RespondentRole.values()) {
			int answered = figures.means().stream().filter(mean -> mean.role() == role)
				.mapToInt(Figures.Mean::count).max().orElse(0);
			if (answered >= Figures.SMALLEST_SHOWN) {
				shown.add(role);
			}
			else if (answered > 0) {
				hidden.add(role.plural().toLowerCase(java.util.Locale.ROOT) + " (" + answered + ")");
			}
		}
		String summary = figures.counts()
				+ (hidden.isEmpty() ? "" : " Ответов меньше " + Figures.SMALLEST_SHOWN + " — оценки не "
						+ "показываются, чтобы не раскрыть ответы человека: " + String.join(", ", hidden) + ".");
		Map<String, Question> questions = new LinkedHashMap<>();
		for (RespondentRole role : RespondentRole.values()) {
			Questionnaire.SATISFACTION.questions(role).forEach(question -> questions.putIfAbsent(question.code(),
					question));
		}
		List<Row> means = new ArrayList<>();
		if (!shown.isEmpty()) {
			questions.values().forEach(question -> means.add(new Row(capitalised(question.shortTitle()),
					mean(figures, shown, RespondentRole.MENTEE, question), mean(figures, shown, RespondentRole.MENTOR,
							question))));
		}
		Map<String, Map<String, Integer>> distribution = new LinkedHashMap<>();
		feedback.satisfaction(programme.getId(), Questionnaire.EFFECTIVENESS).forEach((role, counts) -> {
			if (shown.contains(role)) {
				Map<String, Integer> byScore = new LinkedHashMap<>();
				counts.forEach((score, count) -> byScore.put(String.valueOf(score), count));
				distribution.put(role.plural(), byScore);
			}
		});
		return new Satisfaction(summary, means, distribution);
	}

	private static String mean(Figures figures, Set<RespondentRole> shown, RespondentRole role, Question question) {
		if (!shown.contains(role)) {
			return "—";
		}
		return figures.mean(role, question.code()).map(Figures.Mean::display).orElse("не спрашивали");
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/**
	 * The satisfaction as the report and the page show it.
	 *
	 * @param distribution the overall score's answers by score from 1 to 10, by role (shown roles only)
	 */
	public record Satisfaction(String summary, List<Row> means, Map<String, Map<String, Integer>> distribution) {

		/** Whether there is a distribution to draw. */
		public boolean drawn() {
			return !distribution.isEmpty();
		}
	}

	/** A question's mean answer by role: a score from 1 to 10 or the share of «да». */
	public record Row(String question, String mentees, String mentors) {
	}
}
