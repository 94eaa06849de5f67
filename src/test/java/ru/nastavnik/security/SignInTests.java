package ru.nastavnik.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Date;
import java.util.Map;

import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.PageClient;

/**
 * The one login: one Russian page signs a person in to the workspace and the Camunda webapps alike; one logout (from
 * either) signs them out of both; forms carry CSRF tokens; the session ends after idle time; guessing is throttled;
 * the pages send the headers that keep them from being framed or fed foreign scripts.
 */
@NastavnikTest
class SignInTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identityService;

	@Autowired
	ServletWebServerApplicationContext context;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	private static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElse("");
	}

	@Test
	void shouldSignInOnceForTheWorkspaceAndTheWebapps() {
		PageClient browser = new PageClient(port);
		HttpResponse<String> home = browser.get("/");
		assertThat(home.statusCode()).isEqualTo(302);
		assertThat(location(home)).endsWith("/login");
		HttpResponse<String> tasklist = browser.get("/camunda/app/tasklist/default/");
		assertThat(tasklist.statusCode()).isEqualTo(302);
		assertThat(location(tasklist)).endsWith("/login");
		assertThat(browser.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);

		HttpResponse<String> page = browser.get("/login");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<html lang=\"ru\"", "Логин", "Пароль", "Войти", "name=\"_csrf\"");

		HttpResponse<String> signedIn = browser.postForm("/login",
				Map.of("username", "curator-school3", "password", "demo"));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		// back where the person was going
		assertThat(location(signedIn)).contains("/camunda/app/tasklist/default/");

		HttpResponse<String> workspace = browser.get("/");
		assertThat(workspace.statusCode()).isEqualTo(200);
		assertThat(workspace.body()).contains("Рабочее место", "Куратор программы наставничества", "Задачи")
			.doesNotContain("Администрирование");
		// the same session is the webapps' login: no second password
		assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
		HttpResponse<String> webappUser = browser.get("/camunda/api/admin/auth/user/default");
		assertThat(webappUser.statusCode()).isEqualTo(200);
		assertThat(webappUser.body()).contains("\"userId\":\"curator-school3\"", "tasklist");
		HttpResponse<String> tasks = browser.get("/camunda/api/engine/engine/default/task?maxResults=50");
		assertThat(tasks.statusCode()).isEqualTo(200);
		assertThat(tasks.body()).contains("\"tenantId\":\"school3\"").doesNotContain("\"tenantId\":\"kindergarten\"");
	}

	@Test
	void shouldSignOutOfEverythingFromTheWebappsOrFromThePages() {
		PageClient fromTasklist = PageClient.signIn(port, "director-school3", "demo");
		assertThat(fromTasklist.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
		assertThat(fromTasklist.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(200);
		// Tasklist's «Выйти» is the one logout
		assertThat(fromTasklist.postWebappApi("/camunda/api/admin/auth/user/default/logout", "").statusCode())
			.isEqualTo(200);
		assertThat(fromTasklist.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
		assertThat(location(fromTasklist.get("/"))).endsWith("/login");

		PageClient fromPage = PageClient.signIn(port, "director-school3", "demo");
		fromPage.get("/camunda/app/tasklist/default/");
		fromPage.get("/");
		HttpResponse<String> signedOut = fromPage.postForm("/logout", Map.of());
		assertThat(signedOut.statusCode()).isEqualTo(302);
		assertThat(location(signedOut)).endsWith("/login?logout");
		assertThat(fromPage.get("/login?logout").body()).contains("Вы вышли из системы");
		assertThat(fromPage.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
	}

	@Test
	void shouldRefuseFormsWithoutTheirCsrfTokenAndTheWebappsOwnLogin() {
		PageClient browser = new PageClient(port);
		browser.get("/login");
		assertThat(browser.postFormAsIs("/login", Map.of("username", "curator-school3", "password", "demo"))
			.statusCode()).isEqualTo(403);

		PageClient signedIn = PageClient.signIn(port, "curator-school3", "demo");
		signedIn.get("/");
		HttpResponse<String> forged = signedIn.postFormAsIs("/logout", Map.of());
		assertThat(forged.statusCode()).as(forged.headers().map().toString()).isEqualTo(403);
		assertThat(signedIn.get("/").statusCode()).isEqualTo(200);

		// no second way in: the webapps' own login form is closed
		PageClient webappLogin = new PageClient(port);
		HttpResponse<String> refused = webappLogin.postFormAsIs("/camunda/api/admin/auth/user/default/login/tasklist",
				Map.of("username", "curator-school3", "password", "demo"));
		assertThat(refused.statusCode()).isIn(401, 403);
		assertThat(webappLogin.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
	}

	@Test
	void shouldEndTheSessionAfterThirtyIdleMinutes() {
		PageClient browser = PageClient.signIn(port, "curator-school3", "demo");
		assertThat(browser.get("/").statusCode()).isEqualTo(200);
		Context webapp = (Context) ((TomcatWebServer) context.getWebServer()).getTomcat().getHost().findChildren()[0];
		Session session = webapp.getManager().findSessions().length == 0 ? null
				: java.util.Arrays.stream(webapp.getManager().findSessions())
					.filter(candidate -> candidate.getIdInternal().equals(browser.sessionId().orElseThrow()))
					.findFirst()
					.orElseThrow();
		assertThat(session).isNotNull();
		assertThat(Duration.ofSeconds(session.getMaxInactiveInterval())).isEqualTo(Duration.ofMinutes(30));

		session.expire();
		HttpResponse<String> page = browser.get("/");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(location(page)).endsWith("/login?expired");
		assertThat(browser.get("/login?expired").body()).contains("Сеанс завершён");
		assertThat(browser.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
	}

	@Test
	void shouldSlowDownGuessingAndLockTheLoginAfterTenFailures() {
		User guessed = identityService.newUser("guessed-login");
		guessed.setFirstName("Проверка");
		guessed.setLastName("Подбора");
		guessed.setPassword("right-password-1");
		identityService.saveUser(guessed);
		try {
			PageClient browser = new PageClient(port);
			HttpResponse<String> wrong = browser.signInAs("guessed-login", "wrong");
			assertThat(location(wrong)).endsWith("/login?error");
			assertThat(browser.get("/login?error").body()).contains("Неверный логин или пароль",
					"на несколько секунд приостанавливается");
			// right away the right password waits too: the engine holds the login back after a failure
			assertThat(location(browser.signInAs("guessed-login", "right-password-1"))).endsWith("/login?error");
			later(5);
			assertThat(location(browser.signInAs("guessed-login", "right-password-1"))).doesNotContain("/login");

			for (int attempt = 0; attempt < LoginThrottle.MAX_ATTEMPTS; attempt++) {
				later(LoginThrottle.LONGEST_DELAY_SECONDS + 1);
				assertThat(location(new PageClient(port).signInAs("guessed-login", "wrong"))).endsWith("/login?error");
			}
			later(LoginThrottle.LONGEST_DELAY_SECONDS + 1);
			assertThat(location(new PageClient(port).signInAs("guessed-login", "right-password-1")))
				.as("locked until an administrator unlocks it").endsWith("/login?error");

			identityService.unlockUser("guessed-login");
			assertThat(location(new PageClient(port).signInAs("guessed-login", "right-password-1")))
				.doesNotContain("/login");
		}
		finally {
			identityService.deleteUser("guessed-login");
		}
	}

	private static void later(int seconds) {
		ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + seconds * 1000L));
	}

	@Test
	void shouldProtectThePagesWithHeaders() {
		PageClient browser = new PageClient(port);
		HttpResponse<String> page = browser.get("/login");
		assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
			.contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'");
		assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");

		PageClient signedIn = PageClient.signIn(port, "curator-school3", "demo");
		HttpResponse<String> tasklist = signedIn.get("/camunda/app/tasklist/default/");
		// the webapps keep their own policy (nonces for their scripts), and may frame only themselves
		assertThat(tasklist.headers().allValues("Content-Security-Policy")).hasSize(1);
		assertThat(tasklist.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
	}
}
