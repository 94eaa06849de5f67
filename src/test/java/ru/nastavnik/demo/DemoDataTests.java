package ru.nastavnik.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.organisation.Organisation;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.programme.Programme;

/** The demo is in place after start-up, in Russian, and a second run creates nothing twice. */
@NastavnikTest
class DemoDataTests {

	@Autowired
	DemoData demoData;

	@Autowired
	IdentityService identityService;

	@Autowired
	HistoryService historyService;

	@Autowired
	FilterService filterService;

	@Autowired
	TaskService taskService;

	@Autowired
	DemoYear demoYear;

	@Autowired
	Organisations organisations;

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * On December 7 (the tests' demo day) a school is in stage VI: stage I was done in the spring and summer, the
	 * bases, training and matching in the autumn, the pairs fixed by the director's order; nothing is months overdue.
	 */
	@Test
	void shouldShowTheSchoolWhereARealSchoolStandsInDecember() {
		Long programmeId = jdbc.queryForObject("select p.id from programme p join organisation o on o.id = p.organisation_id"
				+ " where o.tenant_id = 'school3' and p.academic_year = '2026/2027'", Long.class);
		String processInstanceId = jdbc.queryForObject("select process_instance_id from programme where id = ?",
				String.class, programmeId);
		HistoricTaskInstance appointed = historyService.createHistoricTaskInstanceQuery()
			.processInstanceId(processInstanceId).taskDefinitionKey("appointCurator").singleResult();
		assertThat(appointed.getEndTime()).isBetween(day(2026, 5, 1), day(2026, 6, 1));
		for (String step : List.of("draftRegulation", "approveRegulation", "draftRoadmap", "approveRoadmap",
				"informTeachers", "informParents", "meetPupils", "publishRoadmap", "chooseMentoringForms",
				"trainMentors", "holdGroupMeeting")) {
			HistoricTaskInstance done = historyService.createHistoricTaskInstanceQuery()
				.processInstanceId(processInstanceId).taskDefinitionKey(step).finished().singleResult();
			assertThat(done).as(step).isNotNull();
			// worked before it was due, by a person of its group
			assertThat(done.getEndTime()).as(step).isBefore(done.getDueDate());
			assertThat(done.getEndTime()).as(step).isBefore(day(2026, 12, 7));
		}
		assertThat(jdbc.queryForObject("select count(*) from participant where programme_id = ?", Integer.class,
				programmeId)).isEqualTo(11);
		assertThat(jdbc.queryForObject("select count(*) from pairing_order where programme_id = ? and status = 'APPROVED'",
				Integer.class, programmeId)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from mentoring_pair where programme_id = ? and status = 'ACTIVE'",
				Integer.class, programmeId)).isGreaterThanOrEqualTo(5);
		// the pairs have met about weekly since their plans; the last one fell silent in November, and shows it
		// each pair held its organisational, trial and planning meetings in October and agreed its individual plan;
		// then about weekly meetings (other tests record more today: only those of the demo's walk are counted)
		List<Integer> regular = jdbc.queryForList("select count(m.id) from mentoring_pair p left join pair_meeting m"
				+ " on m.pair_id = p.id and m.kind = 'REGULAR' and m.recorded_at < ? where p.programme_id = ?"
				+ " and p.status = 'ACTIVE' group by p.id order by p.id", Integer.class, day(2026, 12, 7), programmeId);
		assertThat(regular.subList(0, regular.size() - 1)).allSatisfy(held -> assertThat(held).isBetween(5, 7));
		assertThat(regular.get(regular.size() - 1)).isEqualTo(3);
		assertThat(jdbc.queryForList("select count(distinct m.kind) from mentoring_pair p join pair_meeting m"
				+ " on m.pair_id = p.id and m.kind in ('ORGANISATIONAL', 'TRIAL', 'PLANNING') where p.programme_id = ?"
				+ " and p.status = 'ACTIVE' group by p.id", Integer.class, programmeId))
			.hasSameSizeAs(regular).containsOnly(3);
		assertThat(jdbc.queryForObject("select count(distinct pair_id) from individual_plan where programme_id = ?"
				+ " and drafted_at < ? and mentor_agreed_on is not null and mentee_agreed_on is not null", Integer.class,
				programmeId, day(2026, 12, 7))).isEqualTo(regular.size());
		assertThat(jdbc.queryForObject("select min(held_on) from pair_meeting where programme_id = ? and kind = 'PLANNING'",
				LocalDate.class, programmeId)).isBetween(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 30));
		assertThat(jdbc.queryForObject("select max(m.held_on) from pair_meeting m where m.pair_id = (select max(id)"
				+ " from mentoring_pair where programme_id = ? and status = 'ACTIVE')", LocalDate.class, programmeId))
			.isBefore(LocalDate.of(2026, 11, 15));
		// only the silent pair's checks asked the curator why it does not meet, and the curator found out
		assertThat(jdbc.queryForList("select distinct i.pair_id from missed_meetings_inquiry i join mentoring_pair p"
				+ " on p.id = i.pair_id where p.programme_id = ? and i.answered_at < ?", Long.class, programmeId,
				day(2026, 12, 7))).containsExactly(jdbc.queryForObject("select max(id) from mentoring_pair"
						+ " where programme_id = ? and status = 'ACTIVE'", Long.class, programmeId));
		// what is open is the work of December and later; nothing is months late
		List<Task> open = taskService.createTaskQuery().tenantIdIn("school3")
			.processVariableValueEquals("programmeId", programmeId).list();
		assertThat(open).isNotEmpty()
			.allSatisfy(task -> assertThat(task.getDueDate()).as(task.getName()).isAfter(day(2026, 12, 3)));
		assertThat(jdbc.queryForObject("select curator_login from programme where id = ?", String.class, programmeId))
			.isEqualTo("curator-school3");
		assertThat(identityService.createUserQuery().memberOfGroup("curator").memberOfTenant("school3").list())
			.extracting(User::getId).containsExactly("curator-school3");
	}

	/**
	 * The same walk at the end of June goes through the whole year: every step is worked by its group, nothing is left
	 * open, and the history shows each step done before it was due. (Its own organisation and people, in a year of
	 * its own, so nothing of the shared demo changes.)
	 */
	@Test
	void shouldWalkAWholeYearToItsEndInJune() {
		Organisation school = organisations.findByTenantId("school3").orElseThrow();
		Organisation june = new Organisation("demo-june", "МБОУ «Июньская школа»", OrganisationKind.SCHOOL,
				school.getMunicipality(), "https://june-school.ru");
		june = organisations.save(june);
		identityService.saveTenant(identityService.newTenant("demo-june"));
		for (String[] person : new String[][] { { "director-june", "director" }, { "curator-june", "curator" },
				{ "workgroup-june", "working-group" }, { "psychologist-june", "psychologist" },
				{ "admin-june", "administration" } }) {
			User user = identityService.newUser(person[0]);
			user.setFirstName("Июнь");
			user.setLastName("Школьный");
			identityService.saveUser(user);
			identityService.createMembership(person[0], person[1]);
			identityService.createTenantUserMembership("demo-june", person[0]);
		}
		identityService.createMembership("director-june", "administration");
		DemoCast school3 = DemoCast.school();
		DemoCast cast = new DemoCast("demo-june", "director-june", "curator-june", "workgroup-june",
				"psychologist-june", "7-ОД", school3.newcomers());

		Programme programme = demoYear.bringTo(june, cast, LocalDate.of(2042, 6, 30));

		assertThat(programme.getAcademicYear()).isEqualTo("2041/2042");
		List<HistoricTaskInstance> worked = historyService.createHistoricTaskInstanceQuery().tenantIdIn("demo-june")
			.finished().list();
		assertThat(worked).hasSizeGreaterThanOrEqualTo(100)
			.allSatisfy(task -> assertThat(task.getEndTime()).as(task.getName()).isBeforeOrEqualTo(task.getDueDate()));
		assertThat(worked).extracting(HistoricTaskInstance::getTaskDefinitionKey)
			.contains("approvePairingOrder", "collectFeedbackMay", "holdFinalEvent", "recordMonitoring",
					"recordParticipantBase");
		assertThat(taskService.createTaskQuery().tenantIdIn("demo-june").dueBefore(day(2042, 6, 27)).count()).isZero();
	}

	@Test
	void shouldTakeTheAcademicYearThatRunsOnTheDay() {
		assertThat(DemoYear.academicYearOn(LocalDate.of(2026, 12, 7))).isEqualTo("2026/2027");
		assertThat(DemoYear.academicYearOn(LocalDate.of(2027, 3, 15))).isEqualTo("2026/2027");
		assertThat(DemoYear.academicYearOn(LocalDate.of(2027, 6, 30))).isEqualTo("2026/2027");
		assertThat(DemoYear.academicYearOn(LocalDate.of(2027, 7, 1))).isEqualTo("2027/2028");
	}

	private static Date day(int year, int month, int day) {
		return Date.from(LocalDate.of(year, month, day).atStartOfDay(ZoneId.systemDefault()).toInstant());
	}

	@Test
	void shouldGiveEveryDemoPersonARussianNameAndTheRoleGroupsRussianNames() {
		for (DemoData.Person person : DemoData.PEOPLE) {
			User user = identityService.createUserQuery().userId(person.login()).singleResult();
			assertThat(user.getFirstName() + user.getLastName()).as(person.login()).matches("[А-Яа-яЁё]+");
			assertThat(identityService.checkPassword(person.login(), "demo")).isTrue();
		}
		assertThat(identityService.createGroupQuery().groupId("working-group").singleResult().getName())
			.isEqualTo("Рабочая группа");
		assertThat(identityService.createUserQuery().memberOfTenant("kindergarten").list())
			.extracting(User::getId)
			.contains("curator-kindergarten", "director-kindergarten", "municipal-curator", "auditor")
			.doesNotContain("curator-school3");
		assertThat(filterService.createTaskFilterQuery().list()).extracting(filter -> filter.getName())
			.contains("Мои задачи", "Задачи моей группы", "Просроченные");
	}

	@Test
	void shouldCreateNothingTwiceWhenRunAgain() throws Exception {
		String counts = "select (select count(*) from organisation) || '/' || (select count(*) from programme)"
				+ " || '/' || (select count(*) from plan_step)";
		String before = jdbc.queryForObject(counts, String.class);
		long users = identityService.createUserQuery().count();

		demoData.create();

		assertThat(jdbc.queryForObject(counts, String.class)).isEqualTo(before);
		assertThat(identityService.createUserQuery().count()).isEqualTo(users);
	}
}
