package ru.nastavnik.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.nastavnik.ApiCalls;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.TaskCompletionPause;
import ru.nastavnik.participant.EnrolmentProcess;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.ParticipantDriver;
import ru.nastavnik.participant.ParticipantRole;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.StageOneDriver;

/**
 * A consent recorded while something else works on the same consent task. Its escalation timer job (the task is
 * overdue) commits while a person completes the task: the person's work is not lost (it runs again on the engine's
 * optimistic-locking conflict) and the escalation is recorded. Two people record the same consent at once: the task is
 * completed once, and nobody gets a 500.
 */
@NastavnikTest
class ConcurrentConsentTests {

	@Autowired
	StageOneDriver stageOne;

	@Autowired
	ParticipantDriver driver;

	@Autowired
	ApiCalls api;

	@Autowired
	TaskCompletionPause pause;

	@Autowired
	ManagementService managementService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	HistoryService historyService;

	@Autowired
	ConsentRegister consents;

	Programme programme;

	@BeforeEach
	void startProgramme() {
		programme = stageOne.startSchoolProgramme();
		ParticipantDriver.setToday(LocalDate.of(programme.getStartsOn().getYear(), 9, 5));
	}

	/** An adult mentee whose consent is due yesterday; the escalation timer's job is due. */
	private Task overdueConsentTask(Participant teacher) {
		Task consentTask = driver.task(teacher, EnrolmentProcess.RECORD_CONSENT);
		ParticipantDriver.setToday(consentTask.getDueDate().toInstant().atZone(ZoneId.systemDefault()).toLocalDate()
			.plusDays(1));
		return consentTask;
	}

	/**
	 * Runs the person's request in another thread, holds it inside the task's completion, executes the escalation job
	 * to its commit, then lets the request go on.
	 */
	private ResponseEntity<String> completedWhileTheEscalationRuns(Task consentTask,
			Supplier<ResponseEntity<String>> request) throws Exception {
		Job timer = managementService.createJobQuery().processInstanceId(consentTask.getProcessInstanceId())
			.timers().singleResult();
		TaskCompletionPause.Hold hold = pause.hold(consentTask.getId());
		CompletableFuture<ResponseEntity<String>> answer = CompletableFuture.supplyAsync(request);
		hold.awaitReached();
		managementService.executeJob(timer.getId());
		hold.release();
		return answer.get(60, TimeUnit.SECONDS);
	}

	private String consent(Participant participant, String reference) {
		return """
				{"participantId": %d, "purpose": "PROCESSING", "receivedOn": "%s", "validUntil": "%s",
				 "paperReference": "%s"}""".formatted(participant.getId(), ParticipantDriver.today(),
				ParticipantDriver.today().plusYears(1), reference);
	}

	private void assertEscalatedAndMovedOn(Participant teacher, Task consentTask) {
		assertThat(historyService.createHistoricVariableInstanceQuery().taskIdIn(consentTask.getId())
			.variableName("overdueEscalatedAt").count()).isEqualTo(1);
		assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(consentTask.getProcessInstanceId())
			.singleResult()).isWaitingAt(EnrolmentProcess.FILL_QUESTIONNAIRE);
		assertThat(consents.validProcessingConsent(driver.reload(teacher))).isPresent();
		assertThat(consents.of(driver.reload(teacher))).hasSize(1);
	}

	@Test
	void shouldRecordAConsentThroughTheApiWhileTheOverdueEscalationRuns() throws Exception {
		Participant teacher = driver.adult(programme, "Столкнов Игорь Петрович", ParticipantRole.MENTEE);
		Task consentTask = overdueConsentTask(teacher);

		ResponseEntity<String> response = completedWhileTheEscalationRuns(consentTask, () -> api.call("curator-school3",
				HttpMethod.POST, "/api/consents", consent(teacher, "Журнал согласий № 7")));

		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
		assertEscalatedAndMovedOn(teacher, consentTask);
	}

	@Test
	void shouldSubmitAConsentFormThroughTheEngineRestApiWhileTheOverdueEscalationRuns() throws Exception {
		Participant teacher = driver.adult(programme, "Столкнова Инна Петровна", ParticipantRole.MENTEE);
		Task consentTask = overdueConsentTask(teacher);
		String form = """
				{"variables": {"consentReceivedOn": {"value": "%s"}, "consentValidUntil": {"value": "%s"},
				 "consentPaperReference": {"value": "Журнал согласий № 8"}}}""".formatted(ParticipantDriver.today(),
				ParticipantDriver.today().plusYears(1));
		String login = driver.responsible(teacher, EnrolmentProcess.RECORD_CONSENT);

		ResponseEntity<String> response = completedWhileTheEscalationRuns(consentTask, () -> api.call(login,
				HttpMethod.POST, "/engine-rest/task/" + consentTask.getId() + "/submit-form", form));

		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
		assertEscalatedAndMovedOn(teacher, consentTask);
	}

	@Test
	void shouldCompleteTheConsentTaskOnceWhenTwoPeopleRecordTheConsentAtOnce() throws Exception {
		for (int round = 0; round < 20; round++) {
			Participant teacher = driver.adult(programme, "Одновременный Пётр " + (char) ('А' + round) + "ич",
					ParticipantRole.MENTEE);
			CyclicBarrier start = new CyclicBarrier(2);
			List<CompletableFuture<ResponseEntity<String>>> answers = List.of("curator-school3", "workgroup-school3")
				.stream()
				.map(login -> CompletableFuture.supplyAsync(() -> {
					try {
						start.await(30, TimeUnit.SECONDS);
					}
					catch (Exception e) {
						throw new IllegalStateException(e);
					}
					return api.call(login, HttpMethod.POST, "/api/consents", consent(teacher, "Журнал № " + login));
				}))
				.toList();

			int recorded = 0;
			for (CompletableFuture<ResponseEntity<String>> future : answers) {
				ResponseEntity<String> answer = future.get(60, TimeUnit.SECONDS);
				// both record the paper they hold, as one after the other would; a lost race at worst is a Russian 409
				if (answer.getStatusCode() == HttpStatus.CREATED) {
					recorded++;
				}
				else {
					JsonNode problem = api.problem(answer, HttpStatus.CONFLICT);
					assertThat(problem.get("detail").asText()).contains("другой пользователь").doesNotContain("ENGINE-");
				}
			}
			assertThat(consents.of(driver.reload(teacher))).hasSize(recorded);
			assertThat(historyService.createHistoricTaskInstanceQuery()
				.processInstanceId(driver.reload(teacher).getProcessInstanceId())
				.taskDefinitionKey(EnrolmentProcess.RECORD_CONSENT).finished().count()).isEqualTo(1);
			assertThat(runtimeService.createProcessInstanceQuery()
				.processInstanceId(driver.reload(teacher).getProcessInstanceId())
				.singleResult()).isWaitingAt(EnrolmentProcess.FILL_QUESTIONNAIRE);
		}
	}
}
