package ru.nastavnik.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.NastavnikTest;

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
	JdbcTemplate jdbc;

	@Test
	void shouldLeaveTheSchoolCuratorRussianTasksOfTheRunning2026Programme() {
		String processInstanceId = jdbc.queryForObject("select p.process_instance_id from programme p"
				+ " join organisation o on o.id = p.organisation_id"
				+ " where o.tenant_id = 'school3' and p.academic_year = '2026/2027'", String.class);
		// the director has appointed the curator; the curator's two drafting tasks were handed to her
		// (other tests may already have worked one of them, so the history is asked, not the open tasks)
		assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
			.taskDefinitionKey("appointCurator").finished().count()).isEqualTo(1);
		assertThat(jdbc.queryForObject("select curator_login from programme where process_instance_id = ?",
				String.class, processInstanceId)).isEqualTo("curator-school3");
		assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
			.taskDefinitionKeyIn("draftRegulation", "draftRoadmap").list())
			.extracting(task -> task.getName())
			.containsExactlyInAnyOrder("Разработать Положение о наставничестве", "Разработать дорожную карту программы");
		assertThat(identityService.createUserQuery().memberOfGroup("curator").memberOfTenant("school3").list())
			.extracting(User::getId).containsExactly("curator-school3");
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

		demoData.run(null);

		assertThat(jdbc.queryForObject(counts, String.class)).isEqualTo(before);
		assertThat(identityService.createUserQuery().count()).isEqualTo(users);
	}
}
