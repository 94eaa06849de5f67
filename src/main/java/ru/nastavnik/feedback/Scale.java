package ru.nastavnik.feedback;

import java.util.List;
import java.util.stream.IntStream;

/**
 * How a question of a questionnaire is answered: the pairs' feedback scores from 1 to 5, the Р-145 satisfaction
 * questionnaires from 1 to 10, and a few questions are a «да» or «нет» (kept as 1 or 0).
 */
public enum Scale {

	FIVE(1, 5, "Выберите оценку от 1 до 5"), TEN(1, 10, "Поставьте оценку от 1 до 10"),
	YES_NO(0, 1, "Ответьте «да» или «нет»");

	private final int min;

	private final int max;

	private final String missing;

	Scale(int min, int max, String missing) {
		this.min = min;
		this.max = max;
		this.missing = missing;
	}

	public int min() {
		return min;
	}

	public int max() {
		return max;
	}

	public boolean yesNo() {
		return this == YES_NO;
	}

	/** The values a person picks from, in the order the page shows them (yes first). */
	public List<Integer> points() {
		return yesNo() ? List.of(1, 0) : IntStream.rangeClosed(min, max).boxed().toList();
	}

	/** What a picked value reads as on the page: the number, or «да» / «нет». */
	public String label(int point) {
		return yesNo() ? (point == 1 ? "да" : "нет") : String.valueOf(point);
	}

	/** The Russian refusal of a missing or impossible answer to the question. */
	String missing(String question) {
		return missing + ": «" + question + "»";
	}

	boolean accepts(int value) {
		return value >= min && value <= max;
	}
}
