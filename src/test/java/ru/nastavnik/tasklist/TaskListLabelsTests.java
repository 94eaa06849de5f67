package ru.nastavnik.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.PageClient;
import ru.nastavnik.participant.ParticipantDriver;
import ru.nastavnik.participant.ParticipantRole;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.StageOneDriver;

/**
 * Tasklist's list tells tasks apart: each shows its programme (organisation and year) and, for a participant's task,
 * the participant's number — read from the business data when the list is read, never stored in the engine.
 */
@NastavnikTest
class TaskListLabelsTests {

	@LocalServerPort
	int port;

	@Autowired
	FilterService filters;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	StageOneDriver stageOne;

	@Autowired
	ParticipantDriver participants;

	private final ObjectMapper json = new ObjectMapper();

	private List<JsonNode> tasks(String login, String filterName) throws Exception {
		String filter = filters.createTaskFilterQuery().filterName(filterName).singleResult().getId();
		PageClient tasklist = PageClient.signIn(port, login, "demo");
		tasklist.get("/camunda/app/tasklist/default/");
		tasklist.get("/camunda/api/admin/auth/user/default");
		HttpResponse<String> list = tasklist.postWebappApiHal("/camunda/api/engine/engine/default/filter/" + filter
				+ "/list?firstResult=0&maxResults=5000", "{}");
		assertThat(list.statusCode()).isEqualTo(200);
		List<JsonNode> tasks = new ArrayList<>();
		json.readTree(list.body()).path("_embedded").path("task").forEach(tasks::add);
		return tasks;
	}

	private static String variable(JsonNode task, String name) {
		for (JsonNode variable : task.path("_embedded").path("variable")) {
			if (variable.path("name").asText().equals(name)) {
				return variable.path("value").asText();
			}
		}
		return null;
	}

	@Test
	void shouldShowEachTasksProgrammeAndParticipantInTheList() throws Exception {
		// a pupil just added to a programme: her enrolment's first task waits for the working group
		Programme programme = stageOne.startSchoolProgramme();
		ParticipantDriver.setToday(LocalDate.of(programme.getStartsOn().getYear(), 9, 5));
		participants.minor(programme, "Меткина Злата Олеговна", ParticipantRole.MENTEE);
		ClockUtil.reset();
		List<JsonNode> curators = tasks("curator-school3", TasklistFilters.MY_GROUP_TASKS);
		assertThat(curators).isNotEmpty();
		assertThat(curators).allSatisfy(task -> assertThat(variable(task, TaskListLabel.PROGRAMME))
			.as(task.path("name").asText()).startsWith("МБОУ СШ №3 г. Лысково · "));

		// every task of a participant's enrolment names the participant by the number its process holds
		List<JsonNode> workingGroup = tasks("workgroup-school3", TasklistFilters.MY_GROUP_TASKS);
		List<JsonNode> enrolments = workingGroup.stream()
			.filter(task -> task.path("processDefinitionId").asText().startsWith("participant-enrolment:"))
			.toList();
		assertThat(enrolments).isNotEmpty();
		// each names the year of its own programme (the one its process holds), whichever programme that is
		assertThat(enrolments).allSatisfy(task -> {
			Object programmeId = runtimeService.getVariable(task.path("processInstanceId").asText(), "programmeId");
			String year = jdbc.queryForObject("select academic_year from programme where id = ?", String.class,
					Long.valueOf(programmeId.toString()));
			assertThat(variable(task, TaskListLabel.PROGRAMME)).isEqualTo("МБОУ СШ №3 г. Лысково · " + year);
		});
		assertThat(enrolments).allSatisfy(task -> {
			Object participant = runtimeService.getVariable(task.path("processInstanceId").asText(), "participantId");
			assertThat(variable(task, TaskListLabel.PARTICIPANT)).isEqualTo("№ " + participant);
			assertThat(variable(task, TaskListLabel.PROGRAMME)).startsWith("МБОУ СШ №3 г. Лысково · ");
		});
		// a number, never a name
		assertThat(workingGroup).noneSatisfy(task -> assertThat(task.toString()).contains("Меткина"));
	}
}
