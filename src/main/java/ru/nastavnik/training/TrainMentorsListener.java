package ru.nastavnik.training;

import java.time.Clock;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.problem.InvalidInput;
import ru.nastavnik.programme.OwnProgramme;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeProcess;
import ru.nastavnik.programme.StepLog;
import ru.nastavnik.tasklist.FormInput;
import ru.nastavnik.tasklist.Steps;

/**
 * «Обучить наставников» (roadmap step 15): the training planned at step 14 is held — when, and which mentors attended,
 * among those offered (in the base, admitted, with a valid consent).
 */
@Component
class TrainMentorsListener extends AttendedEventListener {

	TrainMentorsListener(Steps steps, OwnProgramme ownProgramme, ProgrammeEvents events, MentorTraining training, Clock clock,
			StepLog log) {
		super(steps, ownProgramme, events, training, clock, log);
	}

	private static final List<String> FORM_FIELDS = List.of(StageFourForm.HELD_ON, StageFourForm.TRAINED_MENTOR_IDS, StageFourForm.COMMENT);

	@Override
	protected void record(DelegateTask task, FormInput input, Programme programme) {
		if (recordedNotHeld(task, input, programme, FORM_FIELDS)) {
			return;
		}
		Long programmeId = programme.getId();
		// the event the process names, and only if it is this programme's training
		ProgrammeEvent planned = events.findByIdAndProgrammeIdAndKind(input.id(ProgrammeProcess.Var.TRAINING_EVENT_ID),
				programmeId, ProgrammeEventKind.TRAINING)
			.orElseThrow(() -> new InvalidInput("Обучение наставников не найдено в программе: сначала найдите "
					+ "экспертов и материалы (шаг «Найти экспертов и материалы для обучения наставников»)"));
		recordHeld(input, planned, "Дата проведения обучения", StageFourForm.TRAINED_MENTOR_IDS, "Обучение прошли",
				training.mentorsToTrain(programmeId));
		task.removeVariables(FORM_FIELDS);
	}
}
