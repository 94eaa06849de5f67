package ru.nastavnik.monitoring;

import java.util.EnumMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.programme.OwnProgramme;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.tasklist.FormInput;
import ru.nastavnik.tasklist.StepListener;
import ru.nastavnik.tasklist.Steps;

/**
 * «Провести мониторинг качества программы» (step 30) completes: the SWOT analysis (four texts) and the curator's
 * questionnaire (each criterion from 1 to 5) are checked — every problem named in Russian, nothing written while one
 * is wrong — and recorded with the system's figures; the step's record keeps them.
 */
@Component
class MonitorProgrammeQualityListener extends StepListener<Programme> {

	/** The form's fields; the engine keeps none of them. */
	static final String STRENGTHS = "strengths";

	static final String WEAKNESSES = "weaknesses";

	static final String OPPORTUNITIES = "opportunities";

	static final String THREATS = "threats";

	static final String RECOMMENDATIONS = "recommendations";

	static final int LEAST_TEXT = 10;

	static final int MAX_TEXT = 2000;

	private final ProgrammeQuality quality;

	MonitorProgrammeQualityListener(Steps steps, OwnProgramme ownProgramme, ProgrammeQuality quality) {
		super(steps, ownProgramme);
		this.quality = quality;
	}

	@Override
	protected void record(DelegateTask task, FormInput input, Programme programme) {
		ProgrammeQualityReview.Swot swot = new ProgrammeQualityReview.Swot(
				input.text(STRENGTHS, "Сильные стороны", LEAST_TEXT, MAX_TEXT),
				input.text(WEAKNESSES, "Слабые стороны", LEAST_TEXT, MAX_TEXT),
				input.text(OPPORTUNITIES, "Возможности", LEAST_TEXT, MAX_TEXT),
				input.text(THREATS, "Угрозы", LEAST_TEXT, MAX_TEXT));
		Map<QualityCriterion, Integer> scores = new EnumMap<>(QualityCriterion.class);
		for (QualityCriterion criterion : QualityCriterion.values()) {
			scores.put(criterion, input.count(criterion.code(), criterion.question(), QualityCriterion.MIN,
					QualityCriterion.MAX));
		}
		String recommendations = input.optionalText(RECOMMENDATIONS, "Рекомендации по улучшению программы", MAX_TEXT);
		input.rejectIfInvalid();
		quality.record(programme, swot, scores, recommendations, input.performer());
	}
}
