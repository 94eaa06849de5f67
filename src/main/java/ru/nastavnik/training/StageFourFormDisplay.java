package ru.nastavnik.training;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import ru.nastavnik.engine.FormTask;
import ru.nastavnik.engine.TaskFormDisplay;
import ru.nastavnik.programme.ProgrammeProcess;
import ru.nastavnik.time.RussianDates;

/**
 * What the forms of steps 15 and 16 show when they are read: the people their checklist offers (the form's
 * {@code valuesKey}) — for the training, the mentors to train, for the group meeting, mentors and mentees with their
 * role; only participants in the bases with a valid consent — and for the training, its plan from step 14.
 */
@Component
class StageFourFormDisplay implements TaskFormDisplay {

	private final MentorTraining training;

	private final ProgrammeEvents events;

	StageFourFormDisplay(MentorTraining training, ProgrammeEvents events) {
		this.training = training;
		this.events = events;
	}

	@Override
	public boolean shows(String processDefinitionKey, String taskDefinitionKey) {
		return ProgrammeProcess.KEY.equals(processDefinitionKey)
				&& (ProgrammeProcess.TRAIN_MENTORS.equals(taskDefinitionKey)
						|| ProgrammeProcess.HOLD_GROUP_MEETING.equals(taskDefinitionKey));
	}

	@Override
	public Map<String, Object> values(FormTask task) {
		Long programmeId = task.get(ProgrammeProcess.Var.PROGRAMME_ID);
		Map<String, Object> values = new LinkedHashMap<>();
		if (ProgrammeProcess.TRAIN_MENTORS.equals(task.taskDefinitionKey())) {
			values.put(StageFourForm.TRAINING_CANDIDATES,
					ParticipantOptions.of(training.mentorsToTrain(programmeId), ParticipantOptions::label));
			Long eventId = task.get(ProgrammeProcess.Var.TRAINING_EVENT_ID);
			values.put(StageFourForm.TRAINING_PLAN, eventId == null ? "" : events
				.findByIdAndProgrammeIdAndKind(eventId, programmeId, ProgrammeEventKind.TRAINING)
				.map(plan -> "Тема: " + plan.getTopic() + ". Плановая дата: " + RussianDates.format(plan.getPlannedOn())
						+ ". Эксперты: " + plan.getExperts() + ". Материалы: " + plan.getMaterials())
				.orElse(""));
		}
		else {
			values.put(StageFourForm.MEETING_CANDIDATES, ParticipantOptions
				.of(training.groupMeetingCandidates(programmeId), ParticipantOptions::labelWithRole));
		}
		return values;
	}
}
