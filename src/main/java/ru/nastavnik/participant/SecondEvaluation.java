package ru.nastavnik.participant;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Execution;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.programme.PlanStep;
import ru.nastavnik.programme.ProgrammeProcess;
import ru.nastavnik.programme.RoadmapPlan;

/**
 * The engine's side of the second evaluation: whom it evaluates ({@code ${secondEvaluation.participantIds(execution)}},
 * the participants in the bases, by id), by which group ({@code ${secondEvaluation.groups(execution)}}: the group of
 * the participant's first evaluation, step 9 for a mentee, 12 for a mentor), and the end of a participant's task when
 * they leave the programme.
 */
@Component("secondEvaluation")
public class SecondEvaluation {

	private final Participants participants;

	private final RoadmapPlan plan;

	private final RuntimeService runtimeService;

	SecondEvaluation(Participants participants, RoadmapPlan plan, RuntimeService runtimeService) {
		this.participants = participants;
		this.plan = plan;
		this.runtimeService = runtimeService;
	}

	/** The participants in the programme's bases, in order. */
	@Transactional(readOnly = true)
	public List<Long> participantIds(DelegateExecution execution) {
		Long programmeId = ProgrammeProcess.Var.PROGRAMME_ID.requiredFrom(execution);
		return participants.findByProgrammeIdOrderById(programmeId).stream()
			.filter(participant -> participant.getStatus() == ParticipantStatus.IN_BASE)
			.map(Participant::getId)
			.toList();
	}

	/** The candidate groups of a participant's second evaluation: those of their first. */
	@Transactional(readOnly = true)
	public String groups(DelegateExecution execution) {
		Long programmeId = ProgrammeProcess.Var.PROGRAMME_ID.requiredFrom(execution);
		Participant participant = participants.findById(EnrolmentProcess.Var.PARTICIPANT_ID.requiredFrom(execution))
			.orElseThrow(() -> new IllegalStateException("Участник второй оценки не найден"));
		String first = participant.getRole() == ParticipantRole.MENTOR ? ProgrammeProcess.EVALUATE_MENTORS
				: ProgrammeProcess.EVALUATE_MENTEES;
		return plan.of(programmeId).stream().filter(step -> step.getStep().equals(first))
			.map(PlanStep::getResponsibleGroup).findFirst().orElse("working-group");
	}

	/**
	 * A participant left: their second evaluation, if it waits, ends without a score. The message waits on the task
	 * of each participant's instance; the participant's id is that instance's own variable.
	 */
	@EventListener
	void on(ParticipantWithdrawn withdrawn) {
		for (Execution waiting : runtimeService.createExecutionQuery()
			.processDefinitionKey(SecondEvaluationProcess.KEY)
			.processVariableValueEquals(ProgrammeProcess.Var.PROGRAMME_ID.name(), withdrawn.programmeId())
			.messageEventSubscriptionName(SecondEvaluationProcess.PARTICIPANT_LEFT)
			.list()) {
			if (withdrawn.participantId().equals(runtimeService.getVariable(waiting.getId(),
					EnrolmentProcess.Var.PARTICIPANT_ID.name()))) {
				runtimeService.messageEventReceived(SecondEvaluationProcess.PARTICIPANT_LEFT, waiting.getId());
			}
		}
	}
}
