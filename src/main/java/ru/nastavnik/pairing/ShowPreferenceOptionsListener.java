package ru.nastavnik.pairing;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.training.ParticipantOptions;

/**
 * When a respondent's questionnaire task is created (step 17), names the respondent in the task and puts whom they may
 * rank into the task-local variable the form's selects read.
 */
@Component
class ShowPreferenceOptionsListener implements TaskListener {

	private final PreferenceQuestionnaire questionnaire;

	ShowPreferenceOptionsListener(PreferenceQuestionnaire questionnaire) {
		this.questionnaire = questionnaire;
	}

	@Override
	public void notify(DelegateTask task) {
		Participant respondent = questionnaire.respondent(task).orElseThrow(() -> new IllegalStateException(
				"Анкета о предпочтениях без участника программы"));
		task.setName(task.getName() + ": " + respondent.displayName());
		task.setVariableLocal(PreferenceQuestionnaire.RESPONDENT_NAME, ParticipantOptions.labelWithRole(respondent));
		task.setVariableLocal(PreferenceQuestionnaire.QUESTION, PreferenceQuestionnaire.question(respondent));
		ParticipantOptions.offer(task, PreferenceQuestionnaire.OPTIONS, questionnaire.options(respondent),
				ParticipantOptions::label);
	}
}
