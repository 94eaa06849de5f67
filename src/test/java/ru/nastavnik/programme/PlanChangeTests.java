package ru.nastavnik.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.approval.ApprovalForm;
import ru.nastavnik.engine.TaskForms;

/** The plan may change freely before the roadmap is approved; after that, only by the director's decision. */
@NastavnikTest
class PlanChangeTests {

	private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	@Autowired
	TaskForms taskForms;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	StageOneDriver driver;

	@Autowired
	TaskService taskService;

	@Autowired
	FormService formService;

	@Autowired
	IdentityService identityService;

	@Autowired
	ManagementService managementService;

	@Autowired
	RoadmapPlan plan;

	@Autowired
	PlanChanges changes;

	private final ObjectMapper json = new ObjectMapper();

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	private ResponseEntity<String> change(String login, Programme programme, String step, String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return rest.withBasicAuth(login, "demo").exchange(
				"/api/programmes/" + programme.getId() + "/plan/" + step + "/changes", HttpMethod.POST,
				new HttpEntity<>(body, headers), String.class);
	}

	private LocalDate dueOn(Programme programme, String step) {
		return plan.step(programme.getId(), step).getDueOn();
	}

	@Test
	void shouldMoveAStepAndItsOpenTaskAndTimerAtOnceBeforeTheRoadmapIsApproved() throws Exception {
		Programme programme = driver.startSchoolProgramme();
		int year = programme.getStartsOn().getYear();

		ResponseEntity<String> response = change("curator-school3", programme, ProgrammeProcess.APPOINT_CURATOR,
				"{\"dueOn\":\"" + year + "-06-10\",\"reason\":\"Директор в отпуске до июня\"}");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(json.readTree(response.getBody()).get("status").asText()).isEqualTo("APPLIED");
		assertThat(dueOn(programme, ProgrammeProcess.APPOINT_CURATOR)).isEqualTo(LocalDate.of(year, 6, 10));
		Task task = driver.task(programme, ProgrammeProcess.APPOINT_CURATOR);
		assertThat(task.getDueDate()).isEqualTo(RoadmapPlan.endOfWorkingDay(LocalDate.of(year, 6, 10), MOSCOW));
		assertThat(managementService.createJobQuery().processInstanceId(programme.getProcessInstanceId())
			.activityId(ProgrammeProcess.APPOINT_CURATOR).timers().singleResult().getDuedate())
			.isEqualTo(RoadmapPlan.endOfWorkingDay(LocalDate.of(year, 6, 10), MOSCOW));

		// a later step not yet reached: its task is created with the new date
		change("workgroup-school3", programme, ProgrammeProcess.DRAFT_REGULATION,
				"{\"dueOn\":\"" + year + "-07-15\",\"reason\":\"Проект обсудим на педсовете в июле\"}");
		driver.appointCurator(programme);
		assertThat(driver.task(programme, ProgrammeProcess.DRAFT_REGULATION).getDueDate())
			.isEqualTo(RoadmapPlan.endOfWorkingDay(LocalDate.of(year, 7, 15), MOSCOW));
	}

	@Test
	void shouldSendEveryChangeOfAnApprovedRoadmapToTheDirector() throws Exception {
		Programme programme = driver.startSchoolProgramme();
		int year = programme.getStartsOn().getYear();
		driver.approveRegulationAndRoadmap(programme);
		LocalDate planned = dueOn(programme, ProgrammeProcess.INFORM_PARENTS);

		ResponseEntity<String> response = change("curator-school3", programme, ProgrammeProcess.INFORM_PARENTS,
				"{\"dueOn\":\"" + year + "-09-10\",\"reason\":\"Родительское собрание — в сентябре\"}");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		JsonNode pending = json.readTree(response.getBody());
		assertThat(pending.get("status").asText()).isEqualTo("PENDING");
		assertThat(dueOn(programme, ProgrammeProcess.INFORM_PARENTS)).as("the approved plan is fixed").isEqualTo(planned);
		Task decision = decisionTask(pending.get("id").asLong());
		assertThat(decision.getTenantId()).isEqualTo("school3");
		assertThat(taskForms.shown(decision.getId()))
			.containsEntry(PlanChangeProcess.Field.REQUESTED_DUE_ON, "10.09." + year)
			.containsEntry(PlanChangeProcess.Field.REASON, "Родительское собрание — в сентябре")
			.containsKey(PlanChangeProcess.Field.STEP_TITLE);
		assertThat(taskService.getVariables(decision.getId())).doesNotContainKeys(PlanChangeProcess.Field.REASON,
				PlanChangeProcess.Field.STEP_TITLE);

		ResponseEntity<String> again = change("workgroup-school3", programme, ProgrammeProcess.INFORM_PARENTS,
				"{\"dueOn\":\"" + year + "-09-20\",\"reason\":\"Или лучше двадцатого\"}");
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(json.readTree(again.getBody()).get("detail").asText())
			.isEqualTo("Изменение срока этого шага уже ждёт решения руководителя");

		submitAsDirector(decision, Map.of(ApprovalForm.DECISION, ApprovalForm.APPROVE));

		assertThat(dueOn(programme, ProgrammeProcess.INFORM_PARENTS)).isEqualTo(LocalDate.of(year, 9, 10));
		assertThat(driver.task(programme, ProgrammeProcess.INFORM_PARENTS).getDueDate())
			.isEqualTo(RoadmapPlan.endOfWorkingDay(LocalDate.of(year, 9, 10), MOSCOW));
		PlanChange approved = changes.findById(pending.get("id").asLong()).orElseThrow();
		assertThat(approved.getStatus()).isEqualTo(PlanChange.Status.APPROVED);
		assertThat(approved.getApproval().orElseThrow().getDecidedBy()).isEqualTo("director-school3");

		JsonNode second = json.readTree(change("workgroup-school3", programme, ProgrammeProcess.MEET_PUPILS,
				"{\"dueOn\":\"" + year + "-12-20\",\"reason\":\"Совместим с новогодним праздником\"}").getBody());
		Task secondDecision = decisionTask(second.get("id").asLong());
		submitAsDirector(secondDecision, Map.of(ApprovalForm.DECISION, ApprovalForm.RETURN,
				ApprovalForm.COMMENT, "Встреча с обучающимися нужна в сентябре"));
		assertThat(changes.findById(second.get("id").asLong()).orElseThrow().getStatus())
			.isEqualTo(PlanChange.Status.REJECTED);
		assertThat(dueOn(programme, ProgrammeProcess.MEET_PUPILS)).isEqualTo(LocalDate.of(year, 9, 30));
	}

	private Task decisionTask(long planChangeId) {
		return taskService.createTaskQuery().processDefinitionKey(PlanChangeProcess.KEY)
			.processVariableValueEquals(PlanChangeProcess.Var.PLAN_CHANGE_ID.name(), planChangeId)
			.taskDefinitionKey(PlanChangeProcess.APPROVE_PLAN_CHANGE).singleResult();
	}

	private void submitAsDirector(Task task, Map<String, Object> values) {
		identityService.setAuthentication("director-school3", java.util.List.of("director", "administration"),
				java.util.List.of("school3"));
		try {
			formService.submitTaskForm(task.getId(), values);
		}
		finally {
			identityService.clearAuthentication();
		}
	}

	@Test
	void shouldMoveTheTaskOfAProcessCalledForTheStep() throws Exception {
		Programme programme = driver.startSchoolProgramme();
		int year = programme.getStartsOn().getYear();
		driver.completeStageOne(programme);
		Task called = taskService.createTaskQuery()
			.processVariableValueEquals(ProgrammeProcess.Var.PLAN_STEP.name(), ProgrammeProcess.COLLECT_QUESTIONNAIRES)
			.processVariableValueEquals(ProgrammeProcess.Var.PROGRAMME_ID.name(), programme.getId())
			.singleResult();

		submitAsDirector(decisionTask(json.readTree(change("curator-school3", programme,
				ProgrammeProcess.COLLECT_QUESTIONNAIRES,
				"{\"dueOn\":\"" + year + "-10-15\",\"reason\":\"Анкеты раздадим после каникул\"}").getBody())
			.get("id").asLong()), Map.of(ApprovalForm.DECISION, ApprovalForm.APPROVE));

		Date due = RoadmapPlan.endOfWorkingDay(LocalDate.of(year, 10, 15), MOSCOW);
		assertThat(taskService.createTaskQuery().taskId(called.getId()).singleResult().getDueDate()).isEqualTo(due);
		assertThat(managementService.createJobQuery().processInstanceId(called.getProcessInstanceId()).timers()
			.singleResult().getDuedate()).isEqualTo(due);
	}

	@Test
	void shouldRefuseBadOrForeignChangesInRussian() throws Exception {
		Programme programme = driver.startSchoolProgramme();
		int year = programme.getStartsOn().getYear();
		String step = ProgrammeProcess.APPOINT_CURATOR;

		ResponseEntity<String> missing = change("curator-school3", programme, step, "{\"reason\":\"x\"}");
		assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(json.readTree(missing.getBody()).get("detail").asText())
			.contains("Укажите новый срок (dueOn) в формате ГГГГ-ММ-ДД")
			.contains("Причина изменения — от 5 до 1000 символов");
		ResponseEntity<String> past = change("curator-school3", programme, step,
				"{\"dueOn\":\"" + (year - 1) + "-01-10\",\"reason\":\"Слишком поздно\"}");
		assertThat(json.readTree(past.getBody()).get("detail").asText()).isEqualTo("Новый срок не может быть в прошлом");
		assertThat(change("psychologist-school3", programme, step,
				"{\"dueOn\":\"" + year + "-06-10\",\"reason\":\"Хочу перенести\"}").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(change("curator-kindergarten", programme, step,
				"{\"dueOn\":\"" + year + "-06-10\",\"reason\":\"Хочу перенести\"}").getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(change("curator-school3", programme, "noSuchStep",
				"{\"dueOn\":\"" + year + "-06-10\",\"reason\":\"Хочу перенести\"}").getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(dueOn(programme, step)).isEqualTo(LocalDate.of(year, 5, 31));
		assertThat(changes.findByProgrammeIdOrderById(programme.getId())).isEmpty();
	}
}
