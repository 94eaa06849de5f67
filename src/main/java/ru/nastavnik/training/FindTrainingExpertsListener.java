package ru.nastavnik.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.programme.OwnProgramme;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeProcess;
import ru.nastavnik.tasklist.FormInput;
import ru.nastavnik.tasklist.StepListener;
import ru.nastavnik.tasklist.Steps;

/**
 * «Найти экспертов и материалы для обучения наставников» (roadmap step 14): plans the training of mentors — its
 * topic, date, experts and materials. The process keeps only the planned event's id.
 */
@Component
class FindTrainingExpertsListener extends StepListener<Programme> {

	private final ProgrammeEvents events;

	private final Clock clock;

	FindTrainingExpertsListener(Steps steps, OwnProgramme ownProgramme, ProgrammeEvents events, Clock clock) {
		super(steps, ownProgramme);
		this.events = events;
		this.clock = clock;
	}

	@Override
	protected void record(DelegateTask task, FormInput input, Programme programme) {
		String topic = input.text(StageFourForm.TOPIC, "Тема обучения", 5, 512);
		LocalDate plannedOn = input.date(StageFourForm.PLANNED_ON, "Плановая дата обучения");
		input.require(plannedOn == null || !plannedOn.isBefore(LocalDate.now(clock)),
				"Поле «Плановая дата обучения»: дата не может быть раньше сегодняшней");
		String experts = input.text(StageFourForm.EXPERTS, "Эксперты", 5, 2000);
		String materials = input.text(StageFourForm.MATERIALS, "Материалы", 5, 2000);
		input.rejectIfInvalid();
		ProgrammeEvent training = events.save(ProgrammeEvent.plannedTraining(programme.getId(),
				topic, plannedOn, experts, materials, input.performer(), clock.instant()));
		task.removeVariables(List.of(StageFourForm.TOPIC, StageFourForm.PLANNED_ON, StageFourForm.EXPERTS,
				StageFourForm.MATERIALS));
		ProgrammeProcess.Var.TRAINING_EVENT_ID.set(task, training.getId());
	}
}
