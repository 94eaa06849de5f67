package ru.nastavnik.pairing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import ru.nastavnik.programme.ProgrammeProcess;
import ru.nastavnik.programme.StepLog;

/**
 * After the questionnaires of step 17: records the step once — how many answered, or, when nobody was asked (no one
 * with a valid consent attended the group meeting), that it was not held and why. The step counts as done either way.
 */
@Component
class RecordPreferencesCollectedDelegate implements JavaDelegate {

	private final Preferences preferences;

	private final StepLog log;

	RecordPreferencesCollectedDelegate(Preferences preferences, StepLog log) {
		this.preferences = preferences;
		this.log = log;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Long programmeId = ProgrammeProcess.Var.PROGRAMME_ID.requiredFrom(execution);
		Authentication authentication = execution.getProcessEngineServices().getIdentityService()
			.getCurrentAuthentication();
		String by = authentication != null ? authentication.getUserId() : "система";
		long answered = preferences.countRespondents(programmeId);
		if (answered > 0) {
			log.held(programmeId, ProgrammeProcess.COLLECT_PREFERENCES, (int) answered,
					"Анкеты о предпочитаемом наставнике или наставляемом заполнили участников: " + answered, by);
		}
		else {
			log.notHeld(programmeId, ProgrammeProcess.COLLECT_PREFERENCES, "Анкетирование не проводилось: на "
					+ "групповой встрече не было участников из баз с действующим согласием или некого было предложить "
					+ "на выбор", by);
		}
	}
}
