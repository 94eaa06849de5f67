package ru.nastavnik.feedback;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import ru.nastavnik.problem.InvalidInput;

/**
 * A questionnaire as submitted: a score for each of its closed questions (by the question's code) and two optional
 * open answers.
 *
 * @param scores the answer to each closed question, on the question's scale
 * @param whatWorked the first open answer (what worked; what was of value)
 * @param whatToChange the second open answer (what to change)
 */
public record Answers(Map<String, Integer> scores, String whatWorked, String whatToChange) {

	public static final int MAX_TEXT = 1000;

	/** The closed questions of the pairs' feedback, on the link's page and in the Tasklist form alike. */
	static final String PAIR_WORK = "pairWork";

	static final String REGULARITY = "regularity";

	static final String USEFULNESS = "usefulness";

	static final String RELATIONSHIP = "relationship";

	/** The open questions' fields, the same in every questionnaire. */
	static final String WHAT_WORKED = "whatWorked";

	static final String WHAT_TO_CHANGE = "whatToChange";

	public Answers {
		scores = Map.copyOf(scores);
	}

	/**
	 * Reads the questionnaire's fields by name, as a form submitted them, collecting every problem in Russian; nothing
	 * is written when one is wrong.
	 */
	public static Answers read(Questionnaire questionnaire, RespondentRole role, Function<String, String> field) {
		List<String> problems = new ArrayList<>();
		Map<String, Integer> scores = new LinkedHashMap<>();
		for (Question question : questionnaire.questions(role)) {
			Integer value = score(field.apply(question.code()), question.scale());
			if (value == null) {
				problems.add(question.scale().missing(question.text()));
			}
			else {
				scores.put(question.code(), value);
			}
		}
		String worked = text(field.apply(WHAT_WORKED), questionnaire.worked(), problems);
		String change = text(field.apply(WHAT_TO_CHANGE), questionnaire.toChange(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInput(String.join("; ", problems));
		}
		return new Answers(scores, worked, change);
	}

	private static Integer score(String raw, Scale scale) {
		if (raw == null) {
			return null;
		}
		String value = raw.strip();
		if (scale.yesNo()) {
			value = switch (value.toLowerCase(java.util.Locale.ROOT)) {
				case "да", "true" -> "1";
				case "нет", "false" -> "0";
				default -> value;
			};
		}
		try {
			// a Tasklist number field may submit 7 as 7.0
			int number = new java.math.BigDecimal(value).intValueExact();
			return scale.accepts(number) ? number : null;
		}
		catch (NumberFormatException | ArithmeticException e) {
			// not a number: the caller names the question
			return null;
		}
	}

	private static String text(String raw, String label, List<String> problems) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		String value = raw.strip();
		if (value.length() > MAX_TEXT) {
			problems.add("Ответ на вопрос «" + label + "»: не длиннее " + MAX_TEXT + " символов");
		}
		return value;
	}
}
