package ru.nastavnik.programme;

import static ru.nastavnik.programme.ProgrammeProcess.Field.CURATOR_LOGIN;
import static ru.nastavnik.programme.ProgrammeProcess.Field.ORDER_DATE;
import static ru.nastavnik.programme.ProgrammeProcess.Field.ORDER_NUMBER;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.tasklist.FormInput;
import ru.nastavnik.tasklist.StepListener;
import ru.nastavnik.tasklist.Steps;

/** «Назначить куратора программы»: records the director's order appointing the curator. */
@Component
class AppointCuratorListener extends StepListener<Programme> {

	static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

	static final Pattern ORDER_NUMBER_FORMAT = Pattern.compile("[0-9А-Яа-яЁёA-Za-z/.-]{1,32}");

	private final ProgrammePreparation preparation;

	AppointCuratorListener(Steps steps, OwnProgramme ownProgramme, ProgrammePreparation preparation) {
		super(steps, ownProgramme);
		this.preparation = preparation;
	}

	@Override
	protected void record(DelegateTask task, FormInput input, Programme programme) {
		String curator = input.matching(CURATOR_LOGIN, "Логин куратора", LOGIN, "curator-school3");
		String orderNumber = input.matching(ORDER_NUMBER, "Номер приказа", ORDER_NUMBER_FORMAT, "45-ОД");
		LocalDate orderDate = input.pastDate(ORDER_DATE, "Дата приказа");
		input.rejectIfInvalid();
		preparation.appointCurator(programme.getId(), curator, orderNumber, orderDate, input.performer());
		// the order is a record in the business data; the process keeps only the curator's login
		task.removeVariables(List.of(ORDER_NUMBER, ORDER_DATE));
	}
}
