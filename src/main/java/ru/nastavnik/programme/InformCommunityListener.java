package ru.nastavnik.programme;

import static ru.nastavnik.programme.ProgrammeProcess.Var.COMMENT;
import static ru.nastavnik.programme.ProgrammeProcess.Var.HELD_ON;
import static ru.nastavnik.programme.ProgrammeProcess.Var.MATERIALS;
import static ru.nastavnik.programme.ProgrammeProcess.Var.PARTICIPANT_COUNT;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Roadmap steps 1–4: records the meeting that informed a community about the programme. */
@Component
class InformCommunityListener extends StepCompletionListener {

	private final ProgrammePreparation preparation;

	InformCommunityListener(ProgrammePreparation preparation, Clock clock) {
		super(clock);
		this.preparation = preparation;
	}

	@Override
	void record(DelegateTask task, FormInput input) {
		Community community = Community.informedAt(task.getTaskDefinitionKey());
		LocalDate heldOn = input.pastDate(HELD_ON, "Дата проведения");
		int participants = input.count(PARTICIPANT_COUNT, "Число участников", 1, 100_000);
		String materials = input.text(MATERIALS, "Материалы и принятые решения", 5, 4000);
		String comment = input.optionalText(COMMENT, "Комментарий", 2000);
		input.rejectIfInvalid();
		preparation.recordInformingEvent(input.programmeId(), community, heldOn, participants, materials, comment,
				input.performer());
		// four tasks in parallel share the form's field names: each clears them once recorded
		task.removeVariables(List.of(HELD_ON, PARTICIPANT_COUNT, MATERIALS, COMMENT));
	}
}
