package ru.nastavnik.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.PageClient;
import ru.nastavnik.pairwork.DemoSchool;

/**
 * A staff mentor's login linked to their mentor record on the participant's card, not through the API: the card of a
 * mentor says which account is linked, and the curator, the working group, the administration or the director picks
 * one of the organisation's «Наставники» not linked to another participant of the programme, or takes the link away.
 * The rules are those of {@code PUT /api/participants/{id}/login}; a refusal is said on the card and nothing is
 * written.
 */
@NastavnikTest
class MentorLoginPageTests {

	static final String LOGIN = "mentor-login-page";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoSchool school;

	@Autowired
	IdentityService identityService;

	private String loginOf(long participant) {
		return jdbc.queryForObject("select login from participant where id = ?", String.class, participant);
	}

	@AfterEach
	void takeTheLoginAway() {
		school.removeLogin(LOGIN);
	}

	@Test
	void shouldLinkAndUnlinkTheMentorsLoginOnTheCard() {
		school.teacherWithLogin(LOGIN, "Лариса", "Связанная");
		long mentor = school.mentorOf(school.pair(3));
		PageClient curator = PageClient.signIn(port, "curator-school3", "demo");

		HttpResponse<String> card = curator.get("/participants/" + mentor);
		assertThat(card.statusCode()).isEqualTo(200);
		assertThat(card.body()).contains("Учётная запись наставника", "Учётная запись не связана",
				"action=\"/participants/" + mentor + "/login\"", "value=\"" + LOGIN + "\"",
				"Связанная Лариса (" + LOGIN + ")", ">Связать<")
			.doesNotContain("Снять связь");

		// refused: nothing chosen, or a login outside the school's «Наставники» — said on the card, nothing written
		HttpResponse<String> none = curator.postForm("/participants/" + mentor + "/login", Map.of("login", ""));
		assertThat(none.statusCode()).isEqualTo(302);
		assertThat(curator.get("/participants/" + mentor).body()).contains("Выберите учётную запись наставника");
		assertThat(loginOf(mentor)).isNull();
		curator.postForm("/participants/" + mentor + "/login", Map.of("login", "psychologist-school3"));
		assertThat(curator.get("/participants/" + mentor).body())
			.contains("не входит в группу «Наставники»", "Учётная запись не связана");
		assertThat(loginOf(mentor)).isNull();

		HttpResponse<String> linked = curator.postForm("/participants/" + mentor + "/login", Map.of("login", LOGIN));
		assertThat(linked.statusCode()).isEqualTo(302);
		assertThat(linked.headers().firstValue("Location").orElseThrow()).endsWith("/participants/" + mentor
				+ "#mentor-login");
		assertThat(loginOf(mentor)).isEqualTo(LOGIN);
		HttpResponse<String> shown = curator.get("/participants/" + mentor);
		assertThat(shown.body()).contains("Учётная запись связана", "Связанная Лариса (" + LOGIN + ")",
				"Снять связь", "action=\"/participants/" + mentor + "/login/removal\"")
			.doesNotContain(">Связать<");
		// the teacher now sees their pairs
		assertThat(PageClient.signIn(port, LOGIN, "demo").get("/my/pairs").body()).contains("/pairs/" + school.pair(3));

		// another mentor of the programme is not offered the login already linked
		long another = jdbc.queryForObject("select min(id) from participant where programme_id = ? and role = 'MENTOR'"
				+ " and status <> 'WITHDRAWN' and id <> ?", Long.class, school.programme(), mentor);
		HttpResponse<String> anotherCard = curator.get("/participants/" + another);
		assertThat(anotherCard.body()).contains("Учётная запись наставника")
			.doesNotContain("value=\"" + LOGIN + "\"");
		curator.postForm("/participants/" + another + "/login", Map.of("login", LOGIN));
		assertThat(curator.get("/participants/" + another).body()).contains("уже связана с участником программы");
		assertThat(loginOf(another)).isNull();

		HttpResponse<String> removed = curator.postForm("/participants/" + mentor + "/login/removal", Map.of());
		assertThat(removed.statusCode()).isEqualTo(302);
		assertThat(loginOf(mentor)).isNull();
		assertThat(curator.get("/participants/" + mentor).body()).contains("Связь с учётной записью снята",
				"Учётная запись не связана", ">Связать<");
	}

	@Test
	void shouldLetTheDirectorLinkAsMentorAccountsAllows() {
		school.teacherWithLogin(LOGIN, "Лариса", "Связанная");
		long mentor = school.mentorOf(school.pair(3));
		PageClient director = PageClient.signIn(port, "director-school3", "demo");
		assertThat(director.get("/participants/" + mentor).body()).contains(">Связать<");
		assertThat(director.postForm("/participants/" + mentor + "/login", Map.of("login", LOGIN)).statusCode())
			.isEqualTo(302);
		assertThat(loginOf(mentor)).isEqualTo(LOGIN);
		assertThat(director.get("/participants/" + mentor).body()).contains("Учётная запись связана");
		director.postForm("/participants/" + mentor + "/login/removal", Map.of());
		assertThat(loginOf(mentor)).isNull();
	}

	@Test
	void shouldRefuseOtherRolesAndOtherOrganisations() {
		school.teacherWithLogin(LOGIN, "Лариса", "Связанная");
		long mentor = school.mentorOf(school.pair(3));

		// the auditor reads no persons: no card, no form, and the post is refused
		PageClient auditor = PageClient.signIn(port, "auditor", "demo");
		assertThat(auditor.get("/").statusCode()).isEqualTo(200);
		HttpResponse<String> auditorCard = auditor.get("/participants/" + mentor);
		assertThat(auditorCard.statusCode()).isEqualTo(403);
		assertThat(auditorCard.body()).doesNotContain(">Связать<");
		HttpResponse<String> auditorPost = auditor.postForm("/participants/" + mentor + "/login", Map.of("login", LOGIN));
		assertThat(auditorPost.statusCode()).isEqualTo(403);
		assertThat(auditorPost.body()).contains("Вашей роли недоступны");
		assertThat(auditor.postForm("/participants/" + mentor + "/login/removal", Map.of()).statusCode())
			.isEqualTo(403);
		assertThat(loginOf(mentor)).isNull();

		// the psychologist reads the card and who is linked, but links nobody
		PageClient psychologist = PageClient.signIn(port, "psychologist-school3", "demo");
		HttpResponse<String> read = psychologist.get("/participants/" + mentor);
		assertThat(read.body()).contains("Учётная запись наставника", "Учётная запись не связана")
			.doesNotContain(">Связать<", "value=\"" + LOGIN + "\"");
		assertThat(psychologist.postForm("/participants/" + mentor + "/login", Map.of("login", LOGIN)).statusCode())
			.isEqualTo(403);
		assertThat(loginOf(mentor)).isNull();

		// another organisation's record is not found
		PageClient kindergarten = PageClient.signIn(port, "curator-kindergarten", "demo");
		assertThat(kindergarten.get("/").statusCode()).isEqualTo(200);
		assertThat(kindergarten.get("/participants/" + mentor).statusCode()).isEqualTo(404);
		assertThat(kindergarten.postForm("/participants/" + mentor + "/login", Map.of("login", LOGIN)).statusCode())
			.isEqualTo(404);
		assertThat(kindergarten.postForm("/participants/" + mentor + "/login/removal", Map.of()).statusCode())
			.isEqualTo(404);
		assertThat(loginOf(mentor)).isNull();
	}

	@Test
	void shouldShowNoAccountOnAMenteesCard() {
		long mentee = school.menteeOf(school.pair(3));
		PageClient curator = PageClient.signIn(port, "curator-school3", "demo");
		HttpResponse<String> card = curator.get("/participants/" + mentee);
		assertThat(card.statusCode()).isEqualTo(200);
		assertThat(card.body()).doesNotContain("Учётная запись наставника", ">Связать<", "Снять связь");
		// posted anyway: refused on the card, nothing written
		curator.postForm("/participants/" + mentee + "/login", Map.of("login", "psychologist-school3"));
		assertThat(curator.get("/participants/" + mentee).body()).contains("только с наставником");
		assertThat(loginOf(mentee)).isNull();
	}
}
