package ru.nastavnik.participant;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import ru.nastavnik.problem.InvalidInput;
import ru.nastavnik.programme.ProgrammeProcess;
import ru.nastavnik.tasklist.StepSubject;

/**
 * Whom an evaluation task evaluates: in the participant's enrolment, the participant of the process; in the second
 * evaluation, the participant of the task's instance — only one in the bases of the process's own programme, within
 * the task's organisation.
 */
@Component
class EvaluationSubject implements StepSubject<Participant> {

	private final OwnParticipant ownParticipant;

	private final Participants participants;

	EvaluationSubject(OwnParticipant ownParticipant, Participants participants) {
		this.ownParticipant = ownParticipant;
		this.participants = participants;
	}

	@Override
	public Participant of(DelegateTask task) {
		if (!second(task)) {
			return ownParticipant.of(task);
		}
		Long programmeId = ProgrammeProcess.Var.PROGRAMME_ID.from(task);
		return participants.findById(EnrolmentProcess.Var.PARTICIPANT_ID.requiredFrom(task))
			.filter(participant -> participant.tenantId().equals(task.getTenantId()))
			.filter(participant -> participant.getProgramme().getId().equals(programmeId))
			.orElseThrow(() -> new InvalidInput("Участник этой задачи не найден в программе: оценка не принята"));
	}

	@Override
	public void afterStep(DelegateTask task, Participant participant) {
		if (!second(task)) {
			ownParticipant.afterStep(task, participant);
		}
	}

	private static boolean second(DelegateTask task) {
		return SecondEvaluationProcess.EVALUATE_AGAIN.equals(task.getTaskDefinitionKey());
	}
}
