package ru.nastavnik.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.PageClient;

/** Onboarding an organisation in the browser: its record, municipality and tenant at once, by the administrator only. */
@NastavnikTest
class OrganisationPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	Organisations organisations;

	@Autowired
	IdentityService identityService;

	@Test
	void shouldAddAnOrganisationWithItsTenantAndMunicipality() {
		PageClient admin = PageClient.signIn(port, "admin", "demo");
		HttpResponse<String> page = admin.get("/organisations");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("МБОУ СШ №3 г. Лысково", "Добавить организацию");

		HttpResponse<String> incomplete = admin.postForm("/organisations", Map.of("name", "МБОУ «Школа № 7»",
				"kind", "SCHOOL", "municipality", "Городецкий округ", "pupils", "", "teachers", ""));
		assertThat(incomplete.statusCode()).isEqualTo(422);
		assertThat(incomplete.body()).contains("Укажите число обучающихся", "Укажите число педагогов",
				"МБОУ «Школа № 7»", "Часовой пояс", "Москва (МСК)");

		HttpResponse<String> added = admin.postForm("/organisations", Map.of("name", "МБОУ «Школа № 7»",
				"kind", "SCHOOL", "municipality", "Городецкий округ", "pupils", "812", "teachers", "57",
				"siteUrl", "https://school7.ru", "address", "606500, г. Городец, ул. Ленина, 7", "zone", "SAMARA"));
		assertThat(added.statusCode()).isEqualTo(302);
		Organisation school = organisations.findAllByOrderByName().stream()
			.filter(organisation -> organisation.getName().equals("МБОУ «Школа № 7»"))
			.findFirst()
			.orElseThrow();
		assertThat(school.getPupils()).isEqualTo(812);
		assertThat(school.getTeachers()).isEqualTo(57);
		assertThat(school.getZone()).isEqualTo(java.time.ZoneId.of("Europe/Samara"));
		assertThat(school.getMunicipality().getName()).isEqualTo("Городецкий округ");
		assertThat(identityService.createTenantQuery().tenantId(school.getTenantId()).singleResult().getName())
			.isEqualTo("МБОУ «Школа № 7»");
		assertThat(admin.get("/organisations").body()).contains("Организация «МБОУ «Школа № 7»» добавлена", "812");

		HttpResponse<String> twice = admin.postForm("/organisations", Map.of("name", "МБОУ «Школа № 7»",
				"kind", "SCHOOL", "municipality", "Городецкий округ", "pupils", "1", "teachers", "1"));
		assertThat(twice.statusCode()).isEqualTo(422);
		assertThat(twice.body()).contains("Организация «МБОУ «Школа № 7»» уже есть");
	}

	@Test
	void shouldNotLetACuratorAddOrganisations() {
		PageClient curator = PageClient.signIn(port, "curator-school3", "demo");
		assertThat(curator.get("/organisations").statusCode()).isEqualTo(403);
		curator.get("/");
		HttpResponse<String> refused = curator.postForm("/organisations", Map.of("name", "Подложная школа",
				"kind", "SCHOOL", "municipality", "Нигде", "pupils", "1", "teachers", "1"));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(organisations.existsByName("Подложная школа")).isFalse();
	}
}
