package ru.nastavnik.participant;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ru.nastavnik.tasklist.FormInput;

/**
 * The evaluation's form in Tasklist: one slot per parameter of the participant's set, in the set's order — the
 * parameter's name, what is looked at and its scale, shown from the data when the form is opened, and its score;
 * the slots the set does not use stay hidden. A set has at most {@value #SLOTS} parameters (V35 checks it).
 */
final class EvaluationForm {

	static final int SLOTS = 8;

	static final String PARAMETER = "evaluationParameter";

	static final String SCORE = "score";

	static final String COMMENT = "evaluationComment";

	private EvaluationForm() {
	}

	/** What the slots show: «1. Мотивация к обучению — … (от 1 до 5)» for each parameter of the set. */
	static Map<String, Object> shown(List<EvaluationParameter> set) {
		Map<String, Object> shown = new LinkedHashMap<>();
		for (int i = 0; i < set.size(); i++) {
			EvaluationParameter parameter = set.get(i);
			shown.put(PARAMETER + (i + 1), (i + 1) + ". " + parameter.getTitle() + " — " + parameter.getDescription()
					+ " (от " + parameter.getScaleMin() + " до " + parameter.getScaleMax() + ")");
		}
		return shown;
	}

	/**
	 * The scores submitted, by parameter code, each checked on its parameter's scale; a score in a slot the set does
	 * not use is a problem of the input too.
	 */
	static Map<String, Integer> scores(FormInput input, List<EvaluationParameter> set) {
		Map<String, Integer> scores = new LinkedHashMap<>();
		for (int i = 0; i < set.size(); i++) {
			EvaluationParameter parameter = set.get(i);
			scores.put(parameter.getCode(), input.count(SCORE + (i + 1), parameter.getTitle(),
					parameter.getScaleMin(), parameter.getScaleMax()));
		}
		for (int i = set.size(); i < SLOTS; i++) {
			input.require(input.optionalText(SCORE + (i + 1), "Оценка " + (i + 1), 16) == null,
					"Оценка № " + (i + 1) + " лишняя: параметров оценки у участника " + set.size());
		}
		return scores;
	}
}
