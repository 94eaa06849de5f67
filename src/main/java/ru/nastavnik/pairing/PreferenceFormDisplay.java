package ru.nastavnik.pairing;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import ru.nastavnik.engine.FormTask;
import ru.nastavnik.engine.TaskFormDisplay;
import ru.nastavnik.programme.ProgrammeProcess;
import ru.nastavnik.training.ParticipantOptions;

/**
 * What the questionnaire of step 17 shows when it is read: whose questionnaire it is, the question for their side,
 * and whom they may rank. The task holds only the respondent's id (its name says «участник № N»).
 */
@Component
class PreferenceFormDisplay implements TaskFormDisplay {

	private final PreferenceQuestionnaire questionnaire;

	PreferenceFormDisplay(PreferenceQuestionnaire questionnaire) {
		this.questionnaire = questionnaire;
	}

	@Override
	public boolean shows(String processDefinitionKey, String taskDefinitionKey) {
		return ProgrammeProcess.KEY.equals(processDefinitionKey)
				&& ProgrammeProcess.COLLECT_PREFERENCES.equals(taskDefinitionKey);
	}

	@Override
	public Map<String, Object> values(FormTask task) {
		Map<String, Object> values = new LinkedHashMap<>();
		questionnaire.respondent(task.get(ProgrammeProcess.Var.RESPONDENT_ID), task.get(ProgrammeProcess.Var.PROGRAMME_ID))
			.ifPresent(respondent -> {
				values.put(PreferenceQuestionnaire.RESPONDENT_NAME, ParticipantOptions.labelWithRole(respondent));
				values.put(PreferenceQuestionnaire.QUESTION, PreferenceQuestionnaire.question(respondent));
				values.put(PreferenceQuestionnaire.OPTIONS,
						ParticipantOptions.of(questionnaire.options(respondent), ParticipantOptions::label));
			});
		return values;
	}
}
