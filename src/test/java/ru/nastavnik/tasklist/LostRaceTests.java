package ru.nastavnik.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import ru.nastavnik.ApiCalls;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.PageClient;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeProcess;
import ru.nastavnik.programme.StageOneDriver;

/**
 * Two people submit the same task at the same moment, through the engine REST API and through Tasklist: one wins, the
 * programme moves on once, and the other is told in Russian that the task is done — never the engine's SQL.
 */
@NastavnikTest
class LostRaceTests {

	private static final int ROUNDS = 20;

	@Autowired
	StageOneDriver stageOne;

	@Autowired
	TaskService taskService;

	@Autowired
	HistoryService historyService;

	@Autowired
	ApiCalls api;

	@Autowired
	ObjectMapper json;

	@LocalServerPort
	int port;

	private final ExecutorService people = Executors.newFixedThreadPool(2);

	@AfterEach
	void stop() {
		people.shutdownNow();
	}

	record Answer(int status, String body) {
	}

	private static String appointment() {
		return """
				{"variables": {"curatorLogin": {"value": "curator-school3"}, "orderNumber": {"value": "12-ОД"},
				 "orderDate": {"value": "%s"}}}""".formatted(StageOneDriver.today());
	}

	/** Both calls start together; their answers in the order given. */
	private List<Answer> race(List<java.util.concurrent.Callable<Answer>> calls) throws Exception {
		CyclicBarrier start = new CyclicBarrier(calls.size());
		List<Future<Answer>> answers = new ArrayList<>();
		for (java.util.concurrent.Callable<Answer> call : calls) {
			answers.add(people.submit(() -> {
				start.await(30, TimeUnit.SECONDS);
				return call.call();
			}));
		}
		List<Answer> result = new ArrayList<>();
		for (Future<Answer> answer : answers) {
			result.add(answer.get(60, TimeUnit.SECONDS));
		}
		return result;
	}

	private Answer engineRest(String path) {
		var response = api.call("director-school3", HttpMethod.POST, path, appointment());
		return new Answer(response.getStatusCode().value(), response.getBody());
	}

	/** Exactly one 204; the other a 409 in Camunda's error shape with a Russian message and nothing of the engine. */
	private void assertOneWonAndTheOtherWasToldInRussian(List<Answer> answers, Programme programme) throws Exception {
		assertThat(answers).extracting(Answer::status).as(answers.toString()).containsExactlyInAnyOrder(204, 409);
		Answer lost = answers.stream().filter(answer -> answer.status() == 409).findFirst().orElseThrow();
		JsonNode error = json.readTree(lost.body());
		assertThat(error.has("type")).as(lost.body()).isTrue();
		assertThat(error.get("message").asText()).as(lost.body()).contains("уже выполнил другой пользователь")
			.doesNotContain("ENGINE-", "INSERT", "DELETE", "UPDATE", "Exception", "Cannot");
		assertThat(historyService.createHistoricTaskInstanceQuery()
			.processInstanceId(programme.getProcessInstanceId())
			.taskDefinitionKey(ProgrammeProcess.APPOINT_CURATOR)
			.finished()
			.count()).isEqualTo(1);
		assertThat(taskService.createTaskQuery().processInstanceId(programme.getProcessInstanceId())
			.taskDefinitionKey(ProgrammeProcess.DRAFT_REGULATION).count()).isEqualTo(1);
		assertThat(taskService.createTaskQuery().processInstanceId(programme.getProcessInstanceId())
			.taskDefinitionKey(ProgrammeProcess.DRAFT_ROADMAP).count()).isEqualTo(1);
	}

	@Test
	void shouldLetOneOfTwoPeopleCompleteATaskThroughTheEngineRestApiAndTellTheOtherInRussian() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			Programme programme = stageOne.startSchoolProgramme();
			Task task = stageOne.task(programme, ProgrammeProcess.APPOINT_CURATOR);

			List<Answer> answers = race(List.of(
					() -> engineRest("/engine-rest/task/" + task.getId() + "/submit-form"),
					() -> engineRest("/engine-rest/task/" + task.getId() + "/complete")));

			assertOneWonAndTheOtherWasToldInRussian(answers, programme);
		}
	}

	@Test
	void shouldLetOneOfTwoPeopleSubmitATaskInTasklistAndTellTheOtherInRussian() throws Exception {
		Tasklist first = Tasklist.signIn(port, "director-school3");
		Tasklist second = Tasklist.signIn(port, "director-school3");
		for (int round = 0; round < ROUNDS; round++) {
			Programme programme = stageOne.startSchoolProgramme();
			Task task = stageOne.task(programme, ProgrammeProcess.APPOINT_CURATOR);

			List<Answer> answers = race(List.of(() -> first.submit(task.getId(), appointment()),
					() -> second.submit(task.getId(), appointment())));

			assertOneWonAndTheOtherWasToldInRussian(answers, programme);
		}
	}

	@Test
	void shouldTellInRussianThatATaskCompletedEarlierIsDone() throws Exception {
		Programme programme = stageOne.startSchoolProgramme();
		Task task = stageOne.task(programme, ProgrammeProcess.APPOINT_CURATOR);
		stageOne.appointCurator(programme);
		Tasklist tasklist = Tasklist.signIn(port, "director-school3");

		for (Answer late : List.of(engineRest("/engine-rest/task/" + task.getId() + "/submit-form"),
				engineRest("/engine-rest/task/" + task.getId() + "/complete"),
				tasklist.submit(task.getId(), appointment()))) {
			assertThat(late.status()).as(late.body()).isEqualTo(409);
			assertThat(json.readTree(late.body()).get("message").asText()).contains("уже выполнил другой пользователь")
				.doesNotContain("ENGINE-", "Cannot");
		}
		assertThat(taskService.createTaskQuery().processInstanceId(programme.getProcessInstanceId())
			.taskDefinitionKey(ProgrammeProcess.DRAFT_REGULATION).count()).isEqualTo(1);
	}

	/** Tasklist as its scripts use it: signed in on the one login page, calls with the webapps' CSRF token. */
	private static final class Tasklist {

		private final PageClient client;

		private Tasklist(PageClient client) {
			this.client = client;
		}

		static Tasklist signIn(int port, String login) {
			PageClient client = PageClient.signIn(port, login, "demo");
			// Tasklist's page takes the person over from the login; the webapps hand out their CSRF token with the first
			// read of their API
			client.get("/camunda/app/tasklist/default/");
			client.get("/camunda/api/admin/auth/user/default");
			return new Tasklist(client);
		}

		Answer submit(String taskId, String body) {
			HttpResponse<String> response = client.postWebappApi(
					"/camunda/api/engine/engine/default/task/" + taskId + "/submit-form", body);
			return new Answer(response.statusCode(), response.body());
		}
	}

}
