package ru.nastavnik.pairwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.PageClient;

/**
 * The pairs' meeting log on the demo school in December: its six pairs fixed by the order in October. The curator
 * records a meeting; a meeting that cannot be is refused in Russian and nothing is written; the auditor reads and
 * records nothing; another organisation finds no pair; a minor's name read on the page is in the access log.
 */
@NastavnikTest
class MeetingLogTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoSchool school;

	private static String yesterday() {
		return LocalDate.now(ZoneId.of("Europe/Moscow")).minusDays(1).toString();
	}

	private static Map<String, String> meeting(String heldOn, String minutes, String topic) {
		return Map.of("heldOn", heldOn, "durationMinutes", minutes, "format", "IN_PERSON", "attendance", "BOTH",
				"topic", topic, "done", "Разобрали три задачи из варианта ОГЭ, составили список тем на месяц",
				"nextSteps", "Решить вариант № 5 к следующей встрече");
	}

	@Test
	void shouldRecordAMeetingInThePairsLogAndShowItInTheOverview() {
		long pair = school.pair(0);
		PageClient curator = PageClient.signIn(port, "curator-school3", "demo");
		HttpResponse<String> overview = curator.get("/programmes/" + school.programme() + "/pairs");
		assertThat(overview.statusCode()).isEqualTo(200);
		assertThat(overview.body()).contains("Журнал встреч пар", "Пар: 6", "Орлов Дмитрий Сергеевич",
				"учитель – ученик");
		assertThat(curator.get("/programmes/" + school.programme()).body()).contains("Журнал встреч пар");

		String log = "/pairs/" + pair + "/meetings";
		int before = school.meetings(pair);
		// the demo's pairs held their first meetings in October and have met about weekly since
		assertThat(before).isGreaterThan(5);
		assertThat(curator.get(log).body()).contains("Организационная встреча: знакомство и правила работы пары",
				"Записать встречу");
		HttpResponse<String> recorded = curator.postForm(log, meeting(yesterday(), "45", "Подготовка к ОГЭ: алгебра"));
		assertThat(recorded.statusCode()).isEqualTo(302);
		assertThat(school.meetings(pair)).isEqualTo(before + 1);
		assertThat(curator.get(log).body()).contains("записана в журнал", "Подготовка к ОГЭ: алгебра", "очно",
				"наставник и наставляемый", "Решить вариант № 5", "curator-school3");
		assertThat(curator.get("/programmes/" + school.programme() + "/pairs").body())
			.contains(LocalDate.parse(yesterday()).format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
	}

	@Test
	void shouldRefuseAMeetingThatCannotBeInRussianAndWriteNothing() {
		long pair = school.pair(1);
		int before = school.meetings(pair);
		String log = "/pairs/" + pair + "/meetings";
		PageClient workingGroup = PageClient.signIn(port, "workgroup-school3", "demo");
		workingGroup.get(log);
		String tomorrow = LocalDate.now(ZoneId.of("Europe/Moscow")).plusDays(1).toString();
		Map<String, String> refusals = Map.of(
				tomorrow, "Дата встречи не может быть позже сегодняшней",
				"2026-01-15", "встреча не может быть раньше");
		refusals.forEach((day, reason) -> {
			HttpResponse<String> refused = workingGroup.postForm(log, meeting(day, "45", "Знакомство"));
			assertThat(refused.statusCode()).as(day).isEqualTo(422);
			assertThat(refused.body()).as(day).contains(reason, "Знакомство");
		});
		assertThat(workingGroup.postForm(log, meeting(yesterday(), "5", "Знакомство")).body())
			.contains("Продолжительность встречи — от 10 до 480 минут");
		assertThat(workingGroup.postForm(log, meeting(yesterday(), "сорок", "Знакомство")).body())
			.contains("Продолжительность встречи — целое число минут");
		assertThat(workingGroup.postForm(log, meeting(yesterday(), "45", "")).body())
			.contains("Заполните «Тема встречи»");
		assertThat(school.meetings(pair)).isEqualTo(before);
		// a form without its CSRF token is refused before anything is read
		assertThat(workingGroup.postFormAsIs(log, meeting(yesterday(), "45", "Без токена")).statusCode())
			.isEqualTo(403);
		assertThat(school.meetings(pair)).isEqualTo(before);
	}

	@Test
	void shouldLetTheAuditorReadButNotRecordAndHideThePairsFromAnotherOrganisation() {
		long pair = school.pair(2);
		int before = school.meetings(pair);
		String log = "/pairs/" + pair + "/meetings";
		PageClient auditor = PageClient.signIn(port, "auditor", "demo");
		HttpResponse<String> read = auditor.get(log);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.body()).contains("Пара № " + pair).doesNotContain("Записать встречу");
		assertThat(auditor.postForm(log, meeting(yesterday(), "45", "Подложная встреча")).statusCode())
			.isEqualTo(403);
		assertThat(school.meetings(pair)).isEqualTo(before);

		assertThat(PageClient.signIn(port, "psychologist-school3", "demo")
			.get("/programmes/" + school.programme() + "/pairs").statusCode()).isEqualTo(403);

		PageClient other = PageClient.signIn(port, "curator-kindergarten", "demo");
		assertThat(other.get(log).statusCode()).isEqualTo(404);
		assertThat(other.get("/programmes/" + school.programme() + "/pairs").statusCode()).isEqualTo(404);
	}

	@Test
	void shouldLogTheReadOfAMinorsNameOnThePage() {
		long pair = school.pair(3);
		Long mentee = jdbc.queryForObject("select mentee_id from mentoring_pair where id = ?", Long.class, pair);
		String reads = "select count(*) from access_log where participant_id = ? and channel = 'PAGE'";
		long before = jdbc.queryForObject(reads, Long.class, mentee);

		PageClient.signIn(port, "director-school3", "demo").get("/pairs/" + pair + "/meetings");

		assertThat(jdbc.queryForObject(reads, Long.class, mentee)).isEqualTo(before + 1);
	}

	/**
	 * A meeting marks progress on the pair's plan: the tasks it advanced, one of them done (the demo's meetings have
	 * done some already); both show in the log and on the plan.
	 */
	@Test
	void shouldMarkTheProgressOfThePlansTasksFromAMeeting() {
		long pair = school.pair(3);
		List<Long> tasks = jdbc.queryForList("select t.id from plan_task t join plan_goal g on g.id = t.goal_id"
				+ " join individual_plan p on p.id = g.plan_id where p.pair_id = ? and p.superseded_at is null"
				+ " and t.done_on is null order by g.position, t.position", Long.class, pair);
		assertThat(tasks).hasSizeGreaterThan(1);
		String log = "/pairs/" + pair + "/meetings";
		PageClient workingGroup = PageClient.signIn(port, "workgroup-school3", "demo");
		assertThat(workingGroup.get(log).body()).contains("Задачи индивидуального плана", "name=\"advanced\"",
				"name=\"completed\"");
		// a task of another pair's plan is refused, and nothing is written
		long foreign = jdbc.queryForObject("select min(t.id) from plan_task t join plan_goal g on g.id = t.goal_id"
				+ " join individual_plan p on p.id = g.plan_id where p.pair_id <> ?", Long.class, pair);
		int before = school.meetings(pair);
		Map<String, String> form = new java.util.HashMap<>(meeting(yesterday(), "50", "Разбор трудных тем"));
		form.put("advanced", String.valueOf(foreign));
		HttpResponse<String> refused = workingGroup.postForm(log, form);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("не из действующего индивидуального плана");
		assertThat(school.meetings(pair)).isEqualTo(before);

		form.put("advanced", String.valueOf(tasks.get(1)));
		form.put("completed", String.valueOf(tasks.get(0)));
		assertThat(workingGroup.postForm(log, form).statusCode()).isEqualTo(302);
		assertThat(jdbc.queryForObject("select done_on from plan_task where id = ?", LocalDate.class, tasks.get(0)))
			.isEqualTo(LocalDate.parse(yesterday()));
		assertThat(jdbc.queryForList("select plan_task_id from pair_meeting_task where meeting_id = (select max(id)"
				+ " from pair_meeting where pair_id = ?)", Long.class, pair))
			.containsExactlyInAnyOrder(tasks.get(0), tasks.get(1));
		String shown = LocalDate.parse(yesterday()).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
		assertThat(workingGroup.get(log).body()).contains("(выполнена)", "выполнена " + shown);
		assertThat(workingGroup.get("/pairs/" + pair + "/plan").body()).contains("выполнена " + shown,
				"встреч по задаче: ");
	}
}
