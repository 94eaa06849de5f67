package ru.nastavnik.training;

import java.time.Clock;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.programme.ProgrammeProcess;
import ru.nastavnik.programme.Programmes;
import ru.nastavnik.programme.StepLog;
import ru.nastavnik.tasklist.FormInput;
import ru.nastavnik.tasklist.StepInputRejected;

/**
 * «Обучить наставников» (roadmap step 15): the training planned at step 14 is held — when, and which mentors attended,
 * among those offered (in the base, admitted, with a valid consent).
 */
@Component
class TrainMentorsListener extends AttendedEventListener {

	TrainMentorsListener(ProgrammeEvents events, MentorTraining training, Clock clock, Programmes programmes,
			StepLog log) {
		super(events, training, clock, programmes, log);
	}

	private static final List<String> FORM_FIELDS = List.of(StageFourForm.HELD_ON, StageFourForm.TRAINED_MENTOR_IDS, StageFourForm.COMMENT);

	@Override
	protected void record(DelegateTask task, FormInput input) {
		if (recordedNotHeld(task, input, FORM_FIELDS)) {
			return;
		}
		Long programmeId = input.id(ProgrammeProcess.Var.PROGRAMME_ID);
		// the event the process names, and only if it is this programme's training
		ProgrammeEvent planned = events.findByIdAndProgrammeIdAndKind(input.id(ProgrammeProcess.Var.TRAINING_EVENT_ID),
				programmeId, ProgrammeEventKind.TRAINING)
			.orElseThrow(() -> new StepInputRejected("Обучение наставников не найдено в программе: сначала найдите "
					+ "экспертов и материалы (шаг «Найти экспертов и материалы для обучения наставников»)"));
		recordHeld(input, planned, "Дата проведения обучения", StageFourForm.TRAINED_MENTOR_IDS, "Обучение прошли",
				training.mentorsToTrain(programmeId));
		task.removeVariables(FORM_FIELDS);
	}
}
