package ru.nastavnik.programme;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** «Зафиксировать завершение этапа I»: the programme moves on from preparation. */
@Component
class RecordPreparationCompletedDelegate implements JavaDelegate {

	private final ProgrammePreparation preparation;

	RecordPreparationCompletedDelegate(ProgrammePreparation preparation) {
		this.preparation = preparation;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Long programmeId = ProgrammeProcess.Var.PROGRAMME_ID.requiredFrom(execution);
		preparation.completePreparation(programmeId);
	}
}
