package ru.nastavnik.reminder;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.programme.OwnProgramme;

/**
 * «Разослать напоминания о встречах и сроках»: once a day, the programme's mentors hear of tomorrow's meetings and its
 * groups of the steps falling due soon.
 */
@Component
class SendRemindersDelegate implements JavaDelegate {

	private final OwnProgramme ownProgramme;

	private final Reminders reminders;

	SendRemindersDelegate(OwnProgramme ownProgramme, Reminders reminders) {
		this.ownProgramme = ownProgramme;
		this.reminders = reminders;
	}

	@Override
	public void execute(DelegateExecution execution) {
		reminders.remind(ownProgramme.of(execution));
	}
}
