package ru.nastavnik.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.PageClient;

/**
 * The administrator adds a school's people in the browser; each sets their own password from a one-use link sent by
 * e-mail: the link works once, not after it expires, and a weak password is refused. No default password.
 */
@NastavnikTest
class StaffInvitationTests {

	private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/invitation/[A-Za-z0-9_-]+)");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identityService;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	private Long school;

	/**
	 * A school of its own for each test, added by the administrator as on the page: the people invited into it
	 * stay out of the demo school, whose curators other tests count.
	 */
	private Long school() {
		if (school == null) {
			String name = "МБОУ «Школа приглашений № " + System.nanoTime() + "»";
			PageClient admin = PageClient.signIn(port, "admin", "demo");
			admin.get("/organisations");
			assertThat(admin.postForm("/organisations", Map.of("name", name, "kind", "SCHOOL", "municipality",
					"Лысковский муниципальный округ", "pupils", "420", "teachers", "31")).statusCode()).isEqualTo(302);
			school = jdbc.queryForObject("select id from organisation where name = ?", Long.class, name);
		}
		return school;
	}

	/** The link in the last mail to the login, as the person finds it in their mailbox. */
	private String invitationPath(String login) {
		String body = jdbc.queryForObject("select body from outbox_message where recipient_login = ? order by id desc"
				+ " fetch first 1 rows only", String.class, login);
		Matcher link = LINK.matcher(body);
		assertThat(link.find()).as(body).isTrue();
		return link.group(1);
	}

	private String invite(PageClient admin, String login, String role) {
		String staff = "/organisations/" + school() + "/staff";
		admin.get(staff);
		HttpResponse<String> invited = admin.postForm(staff, Map.of("login", login, "lastName", "Новикова",
				"firstName", "Дарья", "email", login + "@school3.ru", "roles", role));
		assertThat(invited.statusCode()).as(invited.body()).isEqualTo(302);
		return invitationPath(login);
	}

	@Test
	void shouldInviteACuratorWhoSetsHerOwnPasswordOnce() {
		PageClient admin = PageClient.signIn(port, "admin", "demo");
		String invitation = invite(admin, "novikova-school3", "CURATOR");
		assertThat(admin.get("/organisations/" + school() + "/staff").body()).contains("novikova-school3",
				"приглашение задать пароль отправлено на novikova-school3@school3.ru");
		assertThat(identityService.checkPassword("novikova-school3", "demo")).isFalse();
		assertThat(jdbc.queryForObject("select body from outbox_message where recipient_login = 'novikova-school3'",
				String.class)).contains("Здравствуйте, Дарья Новикова", "Школа приглашений",
						"Куратор программы наставничества", "novikova-school3");

		PageClient person = new PageClient(port);
		HttpResponse<String> page = person.get(invitation);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Задайте свой пароль", "novikova-school3");
		HttpResponse<String> weak = person.postForm(invitation, Map.of("password", "novikova1", "repeated",
				"novikova1"));
		assertThat(weak.statusCode()).isEqualTo(422);
		assertThat(weak.body()).contains("Пароль");
		HttpResponse<String> different = person.postForm(invitation, Map.of("password", "Sosna-Bereza-2026",
				"repeated", "Sosna-Bereza-2027"));
		assertThat(different.body()).contains("Пароли не совпадают");
		HttpResponse<String> set = person.postForm(invitation, Map.of("password", "Sosna-Bereza-2026",
				"repeated", "Sosna-Bereza-2026"));
		assertThat(set.statusCode()).isEqualTo(302);
		assertThat(set.headers().firstValue("Location").orElseThrow()).endsWith("/login?invited");

		PageClient curator = PageClient.signIn(port, "novikova-school3", "Sosna-Bereza-2026");
		assertThat(curator.get("/").body()).contains("Новикова Дарья", "Школа приглашений",
				"Куратор программы наставничества");

		// the link works once
		HttpResponse<String> again = new PageClient(port).get(invitation);
		assertThat(again.statusCode()).isEqualTo(410);
		assertThat(again.body()).contains("Это приглашение уже использовано");		// and the secret is nowhere any more: the mail's text in the outbox is erased, only its hash was kept
		String token = invitation.substring(invitation.lastIndexOf('/') + 1);
		assertThat(jdbc.queryForObject("select body from outbox_message where recipient_login = 'novikova-school3'",
				String.class)).doesNotContain(token).isEqualTo("Текст письма удалён: в нём была одноразовая ссылка.");
	}

	@Test
	void shouldRefuseAnExpiredInvitationAndANonAdministrator() {
		PageClient admin = PageClient.signIn(port, "admin", "demo");
		String invitation = invite(admin, "sergeev-school3", "WORKING_GROUP");
		ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant()
			.plus(Duration.ofDays(StaffAccounts.VALID_DAYS)).plusSeconds(60)));
		HttpResponse<String> expired = new PageClient(port).get(invitation);
		assertThat(expired.statusCode()).isEqualTo(410);
		assertThat(expired.body()).contains("Срок приглашения истёк");
		ClockUtil.reset();

		assertThat(new PageClient(port).get("/invitation/no-such-link").body()).contains("Приглашение не найдено");
		PageClient curator = PageClient.signIn(port, "curator-school3", "demo");
		assertThat(curator.get("/organisations/" + school() + "/staff").statusCode()).isEqualTo(403);
	}
}
