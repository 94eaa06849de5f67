package ru.nastavnik.feedback;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import ru.nastavnik.engine.VariableValues;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.Participants;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeProcess;

/**
 * The engine's side of a request answered in Tasklist ({@code feedback-answer}): whose task it is and until when, read
 * from the request when the task is created ({@code ${feedbackAnswering.respondent(execution)}},
 * {@code ${feedbackAnswering.dueDate(execution)}}); starting it, settling it, moving its expiry.
 */
@Component("feedbackAnswering")
public class FeedbackAnswering {

	private final FeedbackRequests requests;

	private final FeedbackRounds rounds;

	private final Participants participants;

	private final RuntimeService runtimeService;

	private final TaskService taskService;

	private final ManagementService managementService;

	FeedbackAnswering(FeedbackRequests requests, FeedbackRounds rounds, Participants participants, RuntimeService runtimeService,
			TaskService taskService, ManagementService managementService) {
		this.requests = requests;
		this.rounds = rounds;
		this.participants = participants;
		this.runtimeService = runtimeService;
		this.taskService = taskService;
		this.managementService = managementService;
	}

	/** The login of the mentor who answers the request. */
	public String respondent(DelegateExecution execution) {
		FeedbackRequest request = request(execution);
		return participants.findById(request.getParticipantId()).map(Participant::getLogin)
			.orElseThrow(() -> new IllegalStateException("Участник запроса обратной связи № " + request.getId()
					+ " не найден"));
	}

	/** Whether the request asks the satisfaction questionnaire, not the pairs' feedback ({@code feedback-answer}'s gateway). */
	public boolean asksSatisfaction(DelegateExecution execution) {
		FeedbackRequest request = request(execution);
		return rounds.findById(request.getRoundId())
			.map(round -> Questionnaire.of(round.getStep()) == Questionnaire.SATISFACTION)
			.orElseThrow(() -> new IllegalStateException("Сбор анкет запроса № " + request.getId() + " не найден"));
	}

	/** When the request expires: the task is due then, and ends then unanswered. */
	public Date dueDate(DelegateExecution execution) {
		return Date.from(request(execution).getExpiresAt());
	}

	/** Starts the request's task for the mentor's login, within the programme's organisation. */
	String start(Programme programme, FeedbackRequest request) {
		return runtimeService.startProcessInstanceByKey(FeedbackAnswerProcess.KEY, "feedback-request-"
				+ request.getId(), VariableValues.of(FeedbackAnswerProcess.Var.FEEDBACK_REQUEST_ID, request.getId())
			.and(ProgrammeProcess.Var.PROGRAMME_ID, programme.getId())
			.and(ProgrammeProcess.Var.ORGANISATION_ID, programme.getOrganisation().getId())
			.asMap())
			.getId();
	}

	/** The request needs no answer in Tasklist any more: its task, if still open, goes. */
	void settle(FeedbackRequest request) {
		if (request.getProcessInstanceId() != null) {
			runtimeService.createMessageCorrelation(FeedbackAnswerProcess.SETTLED)
				.processInstanceId(request.getProcessInstanceId())
				.correlateAll();
		}
	}

	/** The request's expiry moved: its task's due date and the timer that ends it move with it. */
	void expireAt(FeedbackRequest request, Instant expiresAt) {
		if (request.getProcessInstanceId() == null) {
			return;
		}
		Date due = Date.from(expiresAt);
		for (Task task : taskService.createTaskQuery().processInstanceId(request.getProcessInstanceId()).list()) {
			task.setDueDate(due);
			taskService.saveTask(task);
		}
		// the process's only timers are its tasks' expiries
		for (Job timer : managementService.createJobQuery().processInstanceId(request.getProcessInstanceId())
			.timers().list()) {
			managementService.setJobDuedate(timer.getId(), due);
		}
	}

	private FeedbackRequest request(DelegateExecution execution) {
		Long id = FeedbackAnswerProcess.Var.FEEDBACK_REQUEST_ID.requiredFrom(execution);
		return requests.findById(id).orElseThrow(() -> new IllegalStateException("Запрос обратной связи № " + id
				+ " не найден"));
	}
}
