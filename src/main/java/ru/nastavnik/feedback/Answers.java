package ru.nastavnik.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import ru.nastavnik.problem.InvalidInput;

/**
 * The questionnaire as submitted: four scores from 1 («совсем нет») to 5 («полностью») and two optional open answers.
 *
 * @param pairWork satisfaction with the pair's work
 * @param regularity satisfaction with the regularity of meetings
 * @param usefulness how useful the work is
 * @param relationship the relationship with the mentor or the mentee
 */
public record Answers(int pairWork, int regularity, int usefulness, int relationship, String whatWorked,
		String whatToChange) {

	public static final int MAX_TEXT = 1000;

	/** The fields of the questionnaire, on the link's page and in the Tasklist form alike. */
	static final String PAIR_WORK = "pairWork";

	static final String REGULARITY = "regularity";

	static final String USEFULNESS = "usefulness";

	static final String RELATIONSHIP = "relationship";

	static final String WHAT_WORKED = "whatWorked";

	static final String WHAT_TO_CHANGE = "whatToChange";

	static final List<String> FIELDS = List.of(PAIR_WORK, REGULARITY, USEFULNESS, RELATIONSHIP, WHAT_WORKED,
			WHAT_TO_CHANGE);

	/** Reads the questionnaire's fields by name, as a form submitted them. */
	static Answers read(Function<String, String> field) {
		return read(field.apply(PAIR_WORK), field.apply(REGULARITY), field.apply(USEFULNESS),
				field.apply(RELATIONSHIP), field.apply(WHAT_WORKED), field.apply(WHAT_TO_CHANGE));
	}

	/** Reads the form's raw values, collecting every problem in Russian; nothing is written when one is wrong. */
	public static Answers read(String pairWork, String regularity, String usefulness, String relationship,
			String whatWorked, String whatToChange) {
		List<String> problems = new ArrayList<>();
		int[] scores = { score(pairWork, "Удовлетворённость работой пары", problems),
				score(regularity, "Регулярность встреч", problems),
				score(usefulness, "Польза от работы в паре", problems),
				score(relationship, "Отношения в паре", problems) };
		String worked = text(whatWorked, "Что получилось", problems);
		String change = text(whatToChange, "Что стоит изменить", problems);
		if (!problems.isEmpty()) {
			throw new InvalidInput(String.join("; ", problems));
		}
		return new Answers(scores[0], scores[1], scores[2], scores[3], worked, change);
	}

	private static int score(String raw, String label, List<String> problems) {
		try {
			int value = raw == null ? 0 : Integer.parseInt(raw.strip());
			if (value >= 1 && value <= 5) {
				return value;
			}
		}
		catch (NumberFormatException e) {
			// falls through to the problem
		}
		problems.add("Выберите оценку от 1 до 5: «" + label + "»");
		return 0;
	}

	private static String text(String raw, String label, List<String> problems) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		String value = raw.strip();
		if (value.length() > MAX_TEXT) {
			problems.add("Поле «" + label + "»: не длиннее " + MAX_TEXT + " символов");
		}
		return value;
	}
}
