package ru.nastavnik.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.PageClient;

/**
 * The administrator manages an organisation's people in the browser: changes a person's roles (the groups the engine
 * knows them by, the staff mentors' «Наставники» among them), adds someone who already has an account in another
 * organisation by login, and takes a person out of an organisation after a confirmation. Nobody else may.
 */
@NastavnikTest
class StaffGroupsTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identityService;

	@Autowired
	AuthorizationService authorizationService;

	private Long school(PageClient admin, String name) {
		admin.get("/organisations");
		assertThat(admin.postForm("/organisations", Map.of("name", name, "kind", "SCHOOL", "municipality",
				"Лысковский муниципальный округ", "pupils", "300", "teachers", "25")).statusCode()).isEqualTo(302);
		return jdbc.queryForObject("select id from organisation where name = ?", Long.class, name);
	}

	private String tenantOf(Long school) {
		return jdbc.queryForObject("select tenant_id from organisation where id = ?", String.class, school);
	}

	private void invite(PageClient admin, Long school, String login, String role) {
		String staff = "/organisations/" + school + "/staff";
		admin.get(staff);
		assertThat(admin.postForm(staff, Map.of("login", login, "lastName", "Соколова", "firstName", "Ирина",
				"email", login + "@school.ru", "roles", role)).statusCode()).isEqualTo(302);
	}

	private List<String> groupsOf(String login) {
		return identityService.createGroupQuery().groupMember(login).list().stream().map(Group::getId).sorted().toList();
	}

	private boolean inTenant(String login, Long school) {
		return identityService.createUserQuery().userId(login).memberOfTenant(tenantOf(school)).count() == 1;
	}

	@Test
	void shouldHaveTheStaffMentorsGroupWithTasklist() {
		assertThat(identityService.createGroupQuery().groupId("mentors").singleResult().getName()).isEqualTo("Наставники");
		assertThat(authorizationService.createAuthorizationQuery().groupIdIn("mentors")
			.resourceType(Resources.APPLICATION).resourceId("tasklist").list())
			.singleElement()
			.satisfies(grant -> assertThat(grant.isPermissionGranted(Permissions.ACCESS)).isTrue());
	}

	@Test
	void shouldChangeAPersonsRolesInTheEngine() {
		PageClient admin = PageClient.signIn(port, "admin", "demo");
		Long school = school(admin, "МБОУ «Школа ролей № " + System.nanoTime() + "»");
		String login = "roles-" + System.nanoTime();
		invite(admin, school, login, "CURATOR");
		assertThat(groupsOf(login)).containsExactly("curator");

		String member = "/organisations/" + school + "/staff/" + login;
		HttpResponse<String> page = admin.get(member);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Соколова Ирина", "Наставники", "Рабочая группа", "Убрать из организации");

		HttpResponse<String> none = admin.postForm(member + "/roles", Map.of());
		assertThat(none.statusCode()).isEqualTo(422);
		assertThat(none.body()).contains("Выберите хотя бы одну роль в организации");
		assertThat(groupsOf(login)).containsExactly("curator");

		admin.get(member);
		HttpResponse<String> changed = admin.postFormMulti(member + "/roles",
				List.of(Map.entry("roles", "WORKING_GROUP"), Map.entry("roles", "MENTOR")));
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(groupsOf(login)).containsExactly("mentors", "working-group");
		assertThat(admin.get(member).body()).contains("Роли пользователя " + login + " изменены");
		assertThat(admin.get("/organisations/" + school + "/staff").body()).contains("Наставники, Рабочая группа");

		assertThat(admin.get("/organisations/" + school + "/staff/nobody-here").statusCode()).isEqualTo(404);
	}

	@Test
	void shouldAddAPersonOfAnotherOrganisationByLoginAndTakeThemOutAgain() {
		PageClient admin = PageClient.signIn(port, "admin", "demo");
		Long first = school(admin, "МБОУ «Первая школа учителя № " + System.nanoTime() + "»");
		Long second = school(admin, "МБОУ «Вторая школа учителя № " + System.nanoTime() + "»");
		String login = "teacher-" + System.nanoTime();
		invite(admin, first, login, "MENTOR");
		long invitations = jdbc.queryForObject("select count(*) from invitation where login = ?", Long.class, login);

		String staff = "/organisations/" + second + "/staff";
		admin.get(staff);
		HttpResponse<String> unknown = admin.postForm(staff + "/existing", Map.of("login", "no-such-person"));
		assertThat(unknown.statusCode()).isEqualTo(422);
		assertThat(unknown.body()).contains("Пользователя с логином no-such-person нет");

		admin.get(staff);
		HttpResponse<String> added = admin.postForm(staff + "/existing", Map.of("login", login, "roles", "PSYCHOLOGIST"));
		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(inTenant(login, first)).isTrue();
		assertThat(inTenant(login, second)).isTrue();
		assertThat(groupsOf(login)).containsExactly("mentors", "psychologist");
		assertThat(jdbc.queryForObject("select count(*) from invitation where login = ?", Long.class, login))
			.isEqualTo(invitations);
		assertThat(admin.get(staff).body()).contains("добавлен в организацию", login);

		admin.get(staff);
		HttpResponse<String> twice = admin.postForm(staff + "/existing", Map.of("login", login));
		assertThat(twice.statusCode()).isEqualTo(422);
		assertThat(twice.body()).contains("Пользователь " + login + " уже состоит в организации");

		// out of the second school: the first keeps them, with their roles
		HttpResponse<String> confirm = admin.get(staff + "/" + login + "/removal");
		assertThat(confirm.statusCode()).isEqualTo(200);
		assertThat(confirm.body()).contains("перестанет видеть задачи, участников и документы организации",
				"В других своих организациях он останется с прежними ролями");
		assertThat(inTenant(login, second)).as("asking changes nothing").isTrue();
		assertThat(admin.postForm(staff + "/" + login + "/removal", Map.of()).statusCode()).isEqualTo(302);
		assertThat(inTenant(login, second)).isFalse();
		assertThat(inTenant(login, first)).isTrue();
		assertThat(groupsOf(login)).containsExactly("mentors", "psychologist");
		assertThat(admin.get(staff + "/" + login).statusCode()).isEqualTo(404);

		// out of the last one: the account stays, with no organisation's role
		String firstStaff = "/organisations/" + first + "/staff";
		assertThat(admin.get(firstStaff + "/" + login + "/removal").body())
			.contains("Других организаций у него нет, поэтому снимутся и его роли в организациях");
		assertThat(admin.postForm(firstStaff + "/" + login + "/removal", Map.of()).statusCode()).isEqualTo(302);
		assertThat(inTenant(login, first)).isFalse();
		assertThat(groupsOf(login)).isEmpty();
		assertThat(identityService.createUserQuery().userId(login).count()).isEqualTo(1);
	}

	@Test
	void shouldLetOnlyTheAdministratorManagePeople() {
		PageClient admin = PageClient.signIn(port, "admin", "demo");
		Long school = school(admin, "МБОУ «Школа без посторонних № " + System.nanoTime() + "»");
		String login = "guarded-" + System.nanoTime();
		invite(admin, school, login, "DIRECTOR");

		PageClient curator = PageClient.signIn(port, "curator-school3", "demo");
		String member = "/organisations/" + school + "/staff/" + login;
		assertThat(curator.get(member).statusCode()).isEqualTo(403);
		assertThat(curator.get(member + "/removal").statusCode()).isEqualTo(403);
		curator.get("/");
		assertThat(curator.postForm(member + "/roles", Map.of("roles", "CURATOR")).statusCode()).isEqualTo(403);
		assertThat(curator.postForm(member + "/removal", Map.of()).statusCode()).isEqualTo(403);
		assertThat(curator.postForm("/organisations/" + school + "/staff/existing",
				Map.of("login", "curator-school3", "roles", "DIRECTOR")).statusCode()).isEqualTo(403);
		assertThat(groupsOf(login)).containsExactly("director");
		assertThat(inTenant(login, school)).isTrue();
		assertThat(inTenant("curator-school3", school)).isFalse();
	}
}
