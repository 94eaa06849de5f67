package ru.nastavnik.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.PageClient;

/**
 * The municipality's administrator (of its education authority) adds the municipality's schools and their people,
 * and nothing of another municipality's; the municipality's people see each organisation it adds. The director of a
 * new school starts its programme on the programmes page.
 */
@NastavnikTest
class MunicipalAdministratorTests {

	private static final String LYSKOVO = "Лысковский муниципальный округ";

	@LocalServerPort
	int port;

	@Autowired
	Organisations organisations;

	@Autowired
	IdentityService identityService;

	@Autowired
	TaskService taskService;

	@Autowired
	JdbcTemplate jdbc;

	private Organisation named(String name) {
		return organisations.findAllByOrderByName().stream().filter(organisation -> organisation.getName().equals(name))
			.findFirst().orElseThrow();
	}

	@Test
	void shouldAddASchoolOfItsOwnMunicipalityOnlyAndLetItsPeopleSeeIt() {
		PageClient municipal = PageClient.signIn(port, "municipal-admin", "demo");
		HttpResponse<String> page = municipal.get("/organisations");
		assertThat(page.statusCode()).isEqualTo(200);
		// its own municipality's organisations, the municipality filled in, no education authority to add
		assertThat(page.body()).contains("МБОУ СШ №3 г. Лысково", "value=\"" + LYSKOVO + "\"")
			.doesNotContain("value=\"AUTHORITY\"");

		HttpResponse<String> foreign = municipal.postForm("/organisations", Map.of("name", "МБОУ «Школа № 2 г. Городца»",
				"kind", "SCHOOL", "municipality", "Городецкий муниципальный округ", "pupils", "300", "teachers", "25"));
		assertThat(foreign.statusCode()).isEqualTo(422);
		assertThat(foreign.body()).contains("Вы добавляете организации своего муниципалитета: " + LYSKOVO);
		HttpResponse<String> authority = municipal.postForm("/organisations", Map.of("name", "Второе управление",
				"kind", "AUTHORITY", "municipality", LYSKOVO, "pupils", "0", "teachers", "0"));
		assertThat(authority.body()).contains("Орган управления образованием добавляет администратор системы");
		assertThat(organisations.existsByName("МБОУ «Школа № 2 г. Городца»")).isFalse();

		HttpResponse<String> added = municipal.postForm("/organisations", Map.of("name", "МБОУ «Кисловская школа»",
				"kind", "SCHOOL", "municipality", LYSKOVO, "pupils", "210", "teachers", "19", "zone", "MOSCOW"));
		assertThat(added.statusCode()).isEqualTo(302);
		Organisation school = named("МБОУ «Кисловская школа»");
		// the municipality's people joined it: its curator sees it, its administrator adds its people
		assertThat(identityService.createUserQuery().memberOfTenant(school.getTenantId()).list())
			.extracting(user -> user.getId()).contains("municipal-curator", "municipal-admin")
			.doesNotContain("auditor", "curator-school3");

		String staff = "/organisations/" + school.getId() + "/staff";
		municipal.get(staff);
		HttpResponse<String> invited = municipal.postForm(staff, Map.of("login", "zhukova-kislovo", "lastName",
				"Жукова", "firstName", "Анна", "email", "zhukova@kislovo-school.ru", "roles", "DIRECTOR"));
		assertThat(invited.statusCode()).isEqualTo(302);
		assertThat(identityService.createUserQuery().userId("zhukova-kislovo").memberOfTenant(school.getTenantId())
			.count()).isOne();

		// another municipality's school is not the municipal administrator's
		PageClient admin = PageClient.signIn(port, "admin", "demo");
		admin.get("/organisations");
		assertThat(admin.postForm("/organisations", Map.of("name", "МБОУ «Школа № 5 г. Городца»", "kind", "SCHOOL",
				"municipality", "Городецкий муниципальный округ", "pupils", "500", "teachers", "40")).statusCode())
			.isEqualTo(302);
		Organisation gorodets = named("МБОУ «Школа № 5 г. Городца»");
		assertThat(municipal.get("/organisations").body()).doesNotContain("Школа № 5 г. Городца");
		assertThat(municipal.get("/organisations/" + gorodets.getId() + "/staff").statusCode()).isEqualTo(403);

		// nor are the people of another municipality: roles are the engine's groups, held in all of a person's
		// organisations, so they are not added here, and their roles are not changed from here
		String gorodetsStaff = "/organisations/" + gorodets.getId() + "/staff";
		admin.get(gorodetsStaff);
		assertThat(admin.postForm(gorodetsStaff, Map.of("login", "lapina-gorodets", "lastName", "Лапина", "firstName",
				"Ольга", "email", "lapina@gorodets.example", "roles", "CURATOR")).statusCode()).isEqualTo(302);
		municipal.get(staff);
		assertThat(municipal.postForm(staff + "/existing", Map.of("login", "lapina-gorodets", "roles", "DIRECTOR"))
			.statusCode()).isEqualTo(403);
		assertThat(identityService.createUserQuery().userId("lapina-gorodets").memberOfGroup("director").count())
			.isZero();
		// and their own roles are not theirs to widen
		assertThat(municipal.postForm(staff + "/municipal-admin/roles", Map.of("roles", "DIRECTOR")).statusCode())
			.isEqualTo(403);
		assertThat(identityService.createUserQuery().userId("municipal-admin").memberOfGroup("director").count())
			.isZero();
		// a school person adds no organisations at all
		assertThat(PageClient.signIn(port, "curator-school3", "demo").get("/organisations").statusCode())
			.isEqualTo(403);
	}

	@Test
	void shouldLetANewMunicipalCuratorSeeEveryOrganisationOfTheMunicipality() {
		Organisation authority = organisations.findByTenantId("lyskovo-uo").orElseThrow();
		PageClient municipal = PageClient.signIn(port, "municipal-admin", "demo");
		String staff = "/organisations/" + authority.getId() + "/staff";
		HttpResponse<String> form = municipal.get(staff);
		// an education authority's people are the municipality's administrators and curators
		assertThat(form.body()).contains("value=\"MUNICIPAL_CURATOR\"", "value=\"MUNICIPAL_ADMIN\"")
			.doesNotContain("value=\"DIRECTOR\"");
		assertThat(municipal.postForm(staff, Map.of("login", "sorokina-uo", "lastName", "Сорокина", "firstName",
				"Вера", "email", "sorokina@lyskovo-obr.ru", "roles", "MUNICIPAL_CURATOR")).statusCode()).isEqualTo(302);

		assertThat(identityService.createTenantQuery().userMember("sorokina-uo").list())
			.extracting(tenant -> tenant.getId()).contains("lyskovo-uo", "school3", "kindergarten");
	}

	@Test
	void shouldLetTheDirectorStartTheProgrammeOnThePage() {
		PageClient municipal = PageClient.signIn(port, "municipal-admin", "demo");
		municipal.get("/organisations");
		municipal.postForm("/organisations", Map.of("name", "МАДОУ «Детский сад № 4 „Берёзка“»", "kind",
				"KINDERGARTEN", "municipality", LYSKOVO, "pupils", "140", "teachers", "16"));
		Organisation kindergarten = named("МАДОУ «Детский сад № 4 „Берёзка“»");
		identityService.saveUser(newUser("director-berezka"));
		identityService.createMembership("director-berezka", "director");
		identityService.createTenantUserMembership(kindergarten.getTenantId(), "director-berezka");

		PageClient director = PageClient.signIn(port, "director-berezka", "Berezka-Director-2026");
		assertThat(director.get("/programmes").body()).contains("Запустить программу",
				"МАДОУ «Детский сад № 4 „Берёзка“»");
		HttpResponse<String> badYear = director.postForm("/programmes", Map.of("organisationId",
				kindergarten.getId().toString(), "academicYear", "2026-2027"));
		assertThat(badYear.statusCode()).isEqualTo(422);
		assertThat(badYear.body()).contains("Учебный год указывается как «2026/2027»");
		assertThat(jdbc.queryForObject("select count(*) from programme where organisation_id = ?", Integer.class,
				kindergarten.getId())).isZero();

		HttpResponse<String> started = director.postForm("/programmes", Map.of("organisationId",
				kindergarten.getId().toString(), "academicYear", "2026/2027"));
		assertThat(started.statusCode()).isEqualTo(302);
		String location = started.headers().firstValue("Location").orElseThrow();
		assertThat(director.get(location.substring(location.indexOf("/programmes/"))).body())
			.contains("Программа на 2026/2027 учебный год запущена", "Программа для педагогов");
		assertThat(taskService.createTaskQuery().tenantIdIn(kindergarten.getTenantId())
			.taskDefinitionKey("appointCurator").count()).isOne();

		// the curator of another organisation may not start one here: the organisation is not theirs
		PageClient otherCurator = PageClient.signIn(port, "curator-school3", "demo");
		otherCurator.get("/programmes");
		assertThat(otherCurator.postForm("/programmes", Map.of(
				"organisationId", kindergarten.getId().toString(), "academicYear", "2027/2028")).statusCode())
			.isEqualTo(403);
	}

	private org.camunda.bpm.engine.identity.User newUser(String login) {
		org.camunda.bpm.engine.identity.User user = identityService.newUser(login);
		user.setFirstName("Ольга");
		user.setLastName("Берёзкина");
		user.setPassword("Berezka-Director-2026");
		return user;
	}
}
