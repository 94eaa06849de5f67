package ru.nastavnik.pairwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.ApiCalls;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.PageClient;
import ru.nastavnik.approval.ApprovalForm;
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairing.MentoringPairs;
import ru.nastavnik.pairing.PairStatus;
import ru.nastavnik.pairing.PairingDriver;
import ru.nastavnik.pairing.PairingProcess;
import ru.nastavnik.participant.ParticipantDriver;
import ru.nastavnik.programme.Programme;

/**
 * A staff mentor with their own login (issue item 2): the administrator gave a teacher the school's role
 * «Наставники», the curator linked that login to the teacher's mentor record; the teacher then sees and records their
 * own pairs only — another pair is «не найдена», as if there were none — and is a candidate for their pair's steps.
 */
@NastavnikTest
class MentorOwnPairsTests {

	static final String LOGIN = "mentor-own-pairs";

	@LocalServerPort
	int port;

	@Autowired
	ApiCalls api;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoSchool school;

	@Autowired
	IdentityService identityService;

	@Autowired
	PairingDriver pairing;

	@Autowired
	MentoringPairs pairs;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	FilterService filterService;

	private JsonNode link(long participant, String login, HttpStatus status) throws Exception {
		return api.body(api.call("curator-school3", HttpMethod.PUT, "/api/participants/" + participant + "/login",
				"{\"login\":\"" + login + "\"}"), status);
	}

	/** The ids of the tasks of the Tasklist filter, as the person's Tasklist lists them. */
	private List<String> tasklist(String login, String filterName) throws Exception {
		String filter = filterService.createTaskFilterQuery().filterName(filterName).singleResult().getId();
		PageClient tasklist = PageClient.signIn(port, login, "demo");
		tasklist.get("/camunda/app/tasklist/default/");
		tasklist.get("/camunda/api/admin/auth/user/default");
		HttpResponse<String> list = tasklist.postWebappApiHal("/camunda/api/engine/engine/default/filter/" + filter
				+ "/list?firstResult=0&maxResults=500", "{}");
		assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
		return new ObjectMapper().readTree(list.body()).path("_embedded").path("task").findValuesAsText("id");
	}

	@AfterEach
	void takeTheLoginAway() {
		school.removeLogin(LOGIN);
	}

	@Test
	void shouldShowAndRecordOnlyTheMentorsOwnPairs() throws Exception {
		school.teacherWithLogin(LOGIN, "Лариса", "Наставница");
		long own = school.pair(2);
		long other = school.pair(3);
		long mentor = school.mentorOf(own);
		// only a mentor's record, only a login of the school's «Наставники»; another organisation finds no record
		assertThat(api.problem(api.call("curator-school3", HttpMethod.PUT, "/api/participants/"
				+ jdbc.queryForObject("select mentee_id from mentoring_pair where id = ?", Long.class, own) + "/login",
				"{\"login\":\"" + LOGIN + "\"}"), HttpStatus.CONFLICT).get("detail").asText())
			.contains("только с наставником");
		assertThat(api.problem(api.call("curator-school3", HttpMethod.PUT, "/api/participants/" + mentor + "/login",
				"{\"login\":\"psychologist-school3\"}"), HttpStatus.BAD_REQUEST).get("detail").asText())
			.contains("не входит в группу «Наставники»");
		api.problem(api.call("curator-kindergarten", HttpMethod.PUT, "/api/participants/" + mentor + "/login",
				"{\"login\":\"" + LOGIN + "\"}"), HttpStatus.NOT_FOUND);
		assertThat(link(mentor, LOGIN, HttpStatus.OK).get("login").asText()).isEqualTo(LOGIN);

		List<Long> mine = jdbc.queryForList("select id from mentoring_pair where mentor_id = ? and activated_at is not"
				+ " null and status in ('ACTIVE', 'ENDED') order by id", Long.class, mentor);
		PageClient teacher = PageClient.signIn(port, LOGIN, "demo");
		assertThat(teacher.get("/").body()).contains("Мои пары");
		HttpResponse<String> list = teacher.get("/my/pairs");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("Пар: " + mine.size(), "/pairs/" + own + "/meetings")
			.doesNotContain("/pairs/" + other + "/meetings");
		assertThat(list.body().split("/meetings\"", -1)).hasSize(mine.size() + 1);

		assertThat(teacher.get("/pairs/" + own + "/meetings").body()).contains("Записать встречу");
		assertThat(teacher.get("/pairs/" + own + "/plan").statusCode()).isEqualTo(200);
		assertThat(teacher.getBytes("/pairs/" + own + "/plan.pdf").statusCode()).isEqualTo(200);
		assertThat(teacher.get("/pairs/" + other + "/meetings").statusCode()).isEqualTo(404);
		assertThat(teacher.get("/pairs/" + other + "/plan").statusCode()).isEqualTo(404);
		assertThat(teacher.get("/programmes/" + school.programme() + "/pairs").statusCode()).isEqualTo(403);
		api.problem(api.call(LOGIN, HttpMethod.GET, "/api/pairs/" + other, null), HttpStatus.NOT_FOUND);
		api.problem(api.call(LOGIN, HttpMethod.POST, "/api/pairs/" + other + "/meetings", "{}"),
				HttpStatus.NOT_FOUND);
		assertThat(api.body(api.call(LOGIN, HttpMethod.GET, "/api/pairs/" + own, null), HttpStatus.OK)
			.get("pair").get("id").asLong()).isEqualTo(own);

		int before = school.meetings(own);
		String yesterday = LocalDate.now(ZoneId.of("Europe/Moscow")).minusDays(1).toString();
		HttpResponse<String> recorded = teacher.postForm("/pairs/" + own + "/meetings", Map.of("heldOn", yesterday,
				"durationMinutes", "40", "format", "IN_PERSON", "attendance", "BOTH", "topic",
				"Наставник записал сам", "done", "Разобрали ошибки контрольной", "nextSteps", ""));
		assertThat(recorded.statusCode()).isEqualTo(302);
		assertThat(school.meetings(own)).isEqualTo(before + 1);
		assertThat(jdbc.queryForObject("select recorded_by from pair_meeting where pair_id = ? and topic = ?",
				String.class, own, "Наставник записал сам")).isEqualTo(LOGIN);

		// the link taken away: the pair is no longer theirs to see
		link(mentor, "", HttpStatus.OK);
		assertThat(teacher.get("/pairs/" + own + "/meetings").statusCode()).isEqualTo(404);
		assertThat(teacher.get("/my/pairs").body()).contains("Пар, в которых вы наставник, пока нет");
	}

	@Test
	void shouldOfferThePairsStepToItsMentorWhoCompletesIt() throws Exception {
		PairingDriver.School school = pairing.school();
		Programme programme = school.programme();
		this.school.teacherWithLogin(LOGIN, "Лариса", "Наставница");
		link(school.teacher().getId(), LOGIN, HttpStatus.OK);
		ProcessInstance matching = pairing.startMatching(programme);
		pairing.submit(pairing.task(matching, PairingProcess.REVIEW_PAIRS), "workgroup-school3",
				Map.of("reviewDecision", "accept"));
		ProcessInstance order = pairing.startOrder(programme);
		pairing.submit(pairing.task(order, PairingProcess.APPROVE_ORDER), "director-school3",
				Map.of(ApprovalForm.DECISION, ApprovalForm.APPROVE));
		List<MentoringPair> active = pairs.findByProgrammeIdAndStatusOrderById(programme.getId(), PairStatus.ACTIVE);
		MentoringPair own = active.stream().filter(pair -> pair.getMentorId().equals(school.teacher().getId()))
			.findFirst().orElseThrow();
		MentoringPair other = active.stream().filter(pair -> !pair.getMentorId().equals(school.teacher().getId()))
			.findFirst().orElseThrow();

		Task step = taskService.createTaskQuery().processInstanceId(own.getProcessInstanceId()).singleResult();
		assertThat(step.getTaskDefinitionKey()).isEqualTo(PairWorkProcess.HOLD_ORGANISATIONAL_MEETING);
		assertThat(taskService.getIdentityLinksForTask(step.getId())).extracting(IdentityLink::getUserId)
			.contains(LOGIN);
		assertThat(taskService.getIdentityLinksForTask(step.getId())).extracting(IdentityLink::getGroupId)
			.contains("working-group");
		// a mentor without a login: the working group only, no empty candidate
		Task others = taskService.createTaskQuery().processInstanceId(other.getProcessInstanceId()).singleResult();
		assertThat(taskService.getIdentityLinksForTask(others.getId())).extracting(IdentityLink::getUserId)
			.containsOnlyNulls();
		assertThat(taskService.createTaskQuery().taskCandidateUser(LOGIN).list()).extracting(Task::getId)
			.contains(step.getId());

		// in Tasklist, the mentor finds it in «Задачи для меня»
		assertThat(tasklist(LOGIN, "Задачи для меня")).contains(step.getId());

		// no plan yet: the API says so in Russian
		assertThat(api.problem(api.call(LOGIN, HttpMethod.GET, "/api/pairs/" + own.getId() + "/plan", null),
				HttpStatus.NOT_FOUND).get("detail").asText()).contains("ещё нет индивидуального плана");

		pairing.submitOnly(step, LOGIN, Map.of("heldOn", ParticipantDriver.today().toString(), "durationMinutes", 45,
				"meetingFormat", "IN_PERSON", "attendance", "BOTH", "contactRules",
				"По четвергам после уроков, переносы — за день"));
		assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(own.getProcessInstanceId())
			.singleResult()).isNotNull();
		assertThat(jdbc.queryForObject("select recorded_by from pair_meeting where pair_id = ? and kind = "
				+ "'ORGANISATIONAL'", String.class, own.getId())).isEqualTo(LOGIN);
	}
}
