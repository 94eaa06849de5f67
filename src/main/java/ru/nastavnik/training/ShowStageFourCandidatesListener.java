package ru.nastavnik.training;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.nastavnik.programme.ProgrammeProcess;
import ru.nastavnik.time.RussianDates;

/**
 * When the task of step 15 or 16 is created, puts the people its checklist offers into a task-local variable (the
 * form's {@code valuesKey}): for the training, the mentors to train; for the group meeting, mentors and mentees with
 * their role. Only participants in the bases with a valid consent are listed.
 */
@Component
class ShowStageFourCandidatesListener implements TaskListener {

	private final MentorTraining training;

	private final ProgrammeEvents events;

	ShowStageFourCandidatesListener(MentorTraining training, ProgrammeEvents events) {
		this.training = training;
		this.events = events;
	}

	@Override
	public void notify(DelegateTask task) {
		Long programmeId = ProgrammeProcess.Var.PROGRAMME_ID.requiredFrom(task);
		if (ProgrammeProcess.TRAIN_MENTORS.equals(task.getTaskDefinitionKey())) {
			ParticipantOptions.offer(task, StageFourForm.TRAINING_CANDIDATES, training.mentorsToTrain(programmeId),
					ParticipantOptions::label);
			Long eventId = ProgrammeProcess.Var.TRAINING_EVENT_ID.from(task);
			task.setVariableLocal(StageFourForm.TRAINING_PLAN, eventId != null ? events
				.findByIdAndProgrammeIdAndKind(eventId, programmeId, ProgrammeEventKind.TRAINING)
				.map(plan -> "Тема: " + plan.getTopic() + ". Плановая дата: " + RussianDates.format(plan.getPlannedOn())
						+ ". Эксперты: " + plan.getExperts() + ". Материалы: " + plan.getMaterials())
				.orElse("") : "");
		}
		else {
			ParticipantOptions.offer(task, StageFourForm.MEETING_CANDIDATES, training.groupMeetingCandidates(programmeId),
					ParticipantOptions::labelWithRole);
		}
	}
}
