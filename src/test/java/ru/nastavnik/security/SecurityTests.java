package ru.nastavnik.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeProcess;
import ru.nastavnik.programme.StageOneDriver;

/** Every door: anonymous callers, other organisations' data, the auditor's read-only view, expression queries. */
@NastavnikTest
class SecurityTests {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	FilterService filterService;

	@Autowired
	ProcessEngineConfiguration engineConfiguration;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StageOneDriver driver;

	private final ObjectMapper json = new ObjectMapper();

	private ResponseEntity<String> get(String login, String path) {
		TestRestTemplate client = login == null ? rest : rest.withBasicAuth(login, "demo");
		// the path is sent as it is written (expressions included), not expanded as a URI template
		return client.getForEntity(URI.create(path.replace("${", "%24%7B").replace("}", "%7D")), String.class);
	}

	private ResponseEntity<String> post(String login, String path, String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		TestRestTemplate client = login == null ? rest : rest.withBasicAuth(login, "demo");
		return client.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
	}

	private JsonNode body(ResponseEntity<String> response) throws Exception {
		return json.readTree(response.getBody());
	}

	/** An open task of the kindergarten's demo programme (whichever step its year has reached). */
	private Task kindergartenTask() {
		return taskService.createTaskQuery().tenantIdIn("kindergarten").orderByTaskCreateTime().asc().listPage(0, 1)
			.get(0);
	}

	private Task schoolTask() {
		return taskService.createTaskQuery().tenantIdIn("school3").orderByTaskCreateTime().asc().listPage(0, 1)
			.get(0);
	}

	@Test
	void shouldAnswerAnonymousCallersWith401AndProblemJson() throws Exception {
		for (String path : List.of("/engine-rest/task", "/engine-rest/history/process-instance", "/api/programmes")) {
			ResponseEntity<String> response = get(null, path);
			assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
			assertThat(response.getHeaders().getContentType()).isNotNull()
				.satisfies(type -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
			assertThat(body(response).get("detail").asText()).contains("Войдите");
		}
		// (a user nobody else here signs in as: the engine delays the next login after a failed one)
		assertThat(rest.withBasicAuth("psychologist-school3", "wrong").getForEntity("/api/programmes", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void shouldShowACuratorOnlyHerOrganisationsTasksInstancesAndHistory() throws Exception {
		JsonNode tasks = body(get("curator-school3", "/engine-rest/task"));
		assertThat(tasks).isNotEmpty();
		assertThat(tasks.findValuesAsText("tenantId")).containsOnly("school3");

		JsonNode instances = body(get("curator-school3", "/engine-rest/process-instance"));
		assertThat(instances).isNotEmpty();
		assertThat(instances.findValuesAsText("tenantId")).containsOnly("school3");

		JsonNode history = body(get("curator-school3", "/engine-rest/history/process-instance"));
		assertThat(history).isNotEmpty();
		assertThat(history.findValuesAsText("tenantId")).containsOnly("school3");

		JsonNode historicTasks = body(get("curator-kindergarten", "/engine-rest/history/task"));
		assertThat(historicTasks.findValuesAsText("tenantId")).containsOnly("kindergarten");
	}

	@Test
	void shouldHideAnotherOrganisationsTaskAndInstanceOnDirectAccess() {
		Task task = kindergartenTask();

		assertThat(get("curator-school3", "/engine-rest/task/" + task.getId()).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(get("curator-school3", "/engine-rest/process-instance/" + task.getProcessInstanceId())
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(get("curator-school3", "/engine-rest/task/" + task.getId() + "/form-variables").getStatusCode()
			.is4xxClientError()).isTrue();
		ResponseEntity<String> completion = post("curator-school3", "/engine-rest/task/" + task.getId() + "/submit-form",
				"{\"variables\":{}}");
		assertThat(completion.getStatusCode().is4xxClientError()).isTrue();
		assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
	}

	@Test
	void shouldHideAnotherOrganisationsBusinessData() throws Exception {
		JsonNode programmes = body(get("curator-school3", "/api/programmes"));
		assertThat(programmes.findValuesAsText("organisationName")).containsOnly("МБОУ СШ №3 г. Лысково");
		long kindergartenProgramme = body(get("curator-kindergarten", "/api/programmes")).get(0).get("id").asLong();

		ResponseEntity<String> direct = get("curator-school3", "/api/programmes/" + kindergartenProgramme);
		assertThat(direct.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(body(direct).get("detail").asText()).isEqualTo(
				"Программа наставничества " + kindergartenProgramme + " не найдена");
		assertThat(get("curator-school3", "/api/programmes/" + kindergartenProgramme + "/plan").getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(body(get("curator-school3", "/api/organisations")).findValuesAsText("name"))
			.containsExactly("МБОУ СШ №3 г. Лысково");
	}

	@Test
	void shouldLetTheMunicipalCuratorSeeAllHerOrganisations() throws Exception {
		assertThat(body(get("municipal-curator", "/engine-rest/task")).findValuesAsText("tenantId"))
			.contains("school3", "kindergarten");
		assertThat(body(get("municipal-curator", "/api/programmes")).findValuesAsText("organisationName"))
			.contains("МБОУ СШ №3 г. Лысково", "МАДОУ «Белоевский детский сад»");
	}

	@Test
	void shouldGiveTheAdministratorEverything() throws Exception {
		assertThat(body(get("admin", "/engine-rest/task")).findValuesAsText("tenantId"))
			.contains("school3", "kindergarten");
		assertThat(body(get("admin", "/engine-rest/authorization/count")).get("count").asInt()).isPositive();
		assertThat(body(get("curator-school3", "/engine-rest/authorization")).findValuesAsText("groupId"))
			.doesNotContain("camunda-admin");
	}

	@Test
	void shouldLetTheAuditorReadTheHistoryOfBothAndChangeNothing() throws Exception {
		assertThat(body(get("auditor", "/engine-rest/history/process-instance")).findValuesAsText("tenantId"))
			.contains("school3", "kindergarten");
		Task task = schoolTask();

		ResponseEntity<String> completion = post("auditor", "/engine-rest/task/" + task.getId() + "/complete", "{}");
		assertThat(completion.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<String> deletion = rest.withBasicAuth("auditor", "demo").exchange(
				"/engine-rest/process-instance/" + task.getProcessInstanceId(), HttpMethod.DELETE, null, String.class);
		assertThat(deletion.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<String> start = post("auditor", "/api/programmes",
				"{\"organisationId\":1,\"academicYear\":\"2040/2041\"}");
		assertThat(start.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
	}

	@Test
	void shouldRejectTaskQueriesCarryingExpressions() throws Exception {
		ResponseEntity<String> inQuery = get("curator-school3",
				"/engine-rest/task?assigneeExpression=${currentUser()}");
		assertThat(inQuery.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(body(inQuery).get("detail").asText()).contains("assigneeExpression");

		ResponseEntity<String> inOrQuery = post("curator-school3", "/engine-rest/task",
				"{\"orQueries\":[{\"candidateGroupsExpression\":\"${currentUserGroups()}\"}]}");
		assertThat(inOrQuery.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(body(inOrQuery).get("detail").asText()).contains("candidateGroupsExpression");

		String filterId = filterService.createTaskFilterQuery().list().get(0).getId();
		assertThat(post("curator-school3", "/engine-rest/filter/" + filterId + "/list",
				"{\"dueBeforeExpression\":\"${now()}\"}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		// the webapps' own engine API is guarded too, before any login
		assertThat(get(null, "/camunda/api/engine/engine/default/task?dueAfterExpression=${now()}").getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		// an ordinary query passes
		assertThat(post("curator-school3", "/engine-rest/task", "{\"orQueries\":[{\"candidateGroup\":\"curator\"}]}")
			.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void shouldAnswerARejectedFormWith400AndOnlyTheRussianMessage() throws Exception {
		Programme programme = driver.startSchoolProgramme();
		try {
			String task = taskService.createTaskQuery().processInstanceId(programme.getProcessInstanceId())
				.singleResult().getId();
			ResponseEntity<String> response = post("director-school3", "/engine-rest/task/" + task + "/submit-form",
					"{\"variables\":{\"curatorLogin\":{\"value\":\"curator-school3\"}}}");

			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(body(response).get("message").asText()).startsWith("Заполните поле «Номер приказа»")
				.doesNotContain("Cannot submit");
			assertThat(taskService.createTaskQuery().taskId(task).count()).isEqualTo(1);
		}
		finally {
			org.camunda.bpm.engine.impl.util.ClockUtil.reset();
		}
	}

	@Test
	void shouldRefuseAFormThatPointsAtAnotherOrganisationsProgramme() throws Exception {
		Programme programme = driver.startSchoolProgramme();
		try {
			driver.approveRegulationAndRoadmap(programme);
			long kindergartenProgramme = body(get("curator-kindergarten", "/api/programmes")).get(0).get("id").asLong();
			int kindergartenEvents = jdbc.queryForObject("select count(*) from informing_event where programme_id = ?",
					Integer.class, kindergartenProgramme);
			String task = taskService.createTaskQuery().processInstanceId(programme.getProcessInstanceId())
				.taskDefinitionKey(ProgrammeProcess.INFORM_TEACHERS).singleResult().getId();

			ResponseEntity<String> response = post("director-school3", "/engine-rest/task/" + task + "/submit-form",
					"{\"variables\":{\"programmeId\":{\"value\":" + kindergartenProgramme + ",\"type\":\"Long\"},"
							+ "\"eventHeld\":{\"value\":\"notHeld\"},"
							+ "\"notHeldReason\":{\"value\":\"Попытка записать в чужую программу\"}}}");

			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(body(response).get("message").asText())
				.isEqualTo("Данные формы относятся к программе другой организации и не приняты");
			assertThat(taskService.createTaskQuery().taskId(task).count()).isEqualTo(1);
			assertThat(jdbc.queryForObject("select count(*) from informing_event where programme_id = ?",
					Integer.class, kindergartenProgramme)).isEqualTo(kindergartenEvents);
		}
		finally {
			org.camunda.bpm.engine.impl.util.ClockUtil.reset();
		}
	}

	@Test
	void shouldRefuseJavaSerializedVariables() {
		assertThat(((ProcessEngineConfigurationImpl) engineConfiguration).isJavaSerializationFormatEnabled()).isFalse();
		Task task = schoolTask();
		ResponseEntity<String> response = rest.withBasicAuth("admin", "demo").exchange(
				"/engine-rest/task/" + task.getId() + "/localVariables/payload", HttpMethod.PUT,
				new HttpEntity<>(Map.of("value", "rO0ABXQABHRlc3Q=", "type", "Object", "valueInfo",
						Map.of("objectTypeName", "java.lang.String", "serializationDataFormat",
								"application/x-java-serialized-object"))),
				String.class);
		assertThat(response.getStatusCode().is2xxSuccessful()).isFalse();
		assertThat(taskService.getVariableLocal(task.getId(), "payload")).isNull();
	}

	@Test
	void shouldStampEveryRuntimeAndHistoryRowWithATenant() {
		Programme programme = driver.startSchoolProgramme();
		try {
			driver.completeStageOne(programme);
		}
		finally {
			org.camunda.bpm.engine.impl.util.ClockUtil.reset();
		}
		List<String> tables = jdbc.queryForList("""
				select table_name from information_schema.columns
				where upper(column_name) = 'TENANT_ID_'
				  and (upper(table_name) like 'ACT\\_RU\\_%' escape '\\' or upper(table_name) like 'ACT\\_HI\\_%' escape '\\')
				""", String.class);
		assertThat(tables).contains("ACT_RU_TASK", "ACT_HI_PROCINST", "ACT_HI_VARINST", "ACT_RU_JOB");
		for (String table : tables) {
			if (table.equalsIgnoreCase("ACT_RU_JOBDEF")) {
				continue; // job definitions belong to the shared (tenant-less) process definition, not to an instance
			}
			Integer untenanted = jdbc.queryForObject("select count(*) from " + table + " where TENANT_ID_ is null",
					Integer.class);
			assertThat(untenanted).as(table).isZero();
		}
	}
}
