package ru.nastavnik.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.programme.ProgrammeProcess;
import ru.nastavnik.programme.Programmes;
import ru.nastavnik.programme.StepCompletionListener;
import ru.nastavnik.tasklist.FormInput;
import ru.nastavnik.tasklist.StepInputRejected;

/**
 * «Обучить наставников» (roadmap step 15): the training planned at step 14 is held — when, and which mentors attended,
 * among those offered (in the base, admitted, with a valid consent).
 */
@Component
class TrainMentorsListener extends StepCompletionListener {

	static final List<String> FIELDS = List.of(StageFourForm.HELD_ON, StageFourForm.TRAINED_MENTOR_IDS,
			StageFourForm.COMMENT);

	private final ProgrammeEvents events;

	private final MentorTraining training;

	private final Clock clock;

	TrainMentorsListener(ProgrammeEvents events, MentorTraining training, Clock clock, Programmes programmes) {
		super(clock, programmes);
		this.events = events;
		this.training = training;
		this.clock = clock;
	}

	@Override
	protected void record(DelegateTask task, FormInput input) {
		Long programmeId = input.id(ProgrammeProcess.Var.PROGRAMME_ID);
		ProgrammeEvent planned = events.findByIdAndProgrammeIdAndKind(input.id(ProgrammeProcess.Var.TRAINING_EVENT_ID),
				programmeId, ProgrammeEventKind.TRAINING)
			.orElseThrow(() -> new StepInputRejected("Обучение наставников не найдено в программе: сначала найдите "
					+ "экспертов и материалы (шаг «Найти экспертов и материалы для обучения наставников»)"));
		LocalDate heldOn = input.pastDate(StageFourForm.HELD_ON, "Дата проведения обучения");
		Set<Long> attendees = ParticipantOptions.chosen(input, StageFourForm.TRAINED_MENTOR_IDS, "Обучение прошли",
				training.mentorsToTrain(programmeId));
		String comment = input.optionalText(StageFourForm.COMMENT, "Комментарий", 2000);
		input.rejectIfInvalid();
		planned.held(heldOn, attendees, comment, input.performer(), clock.instant());
		events.save(planned);
		task.removeVariables(FIELDS);
	}
}
