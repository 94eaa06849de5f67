package ru.nastavnik.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.WebBrowser;

/**
 * The municipality's administrator onboards a school in a real browser and invites its director, who sets her own
 * password from the link in her mail, signs in and starts the school's programme. Screenshots for the user guide.
 */
@NastavnikTest
class OnboardingBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static void type(WebBrowser web, String id, String text) {
		web.driver.findElement(By.id(id)).sendKeys(text);
	}

	@Test
	void shouldOnboardASchoolAndLetItsDirectorSetHerPassword() {
		String school = "МБОУ «Средняя школа № 11 г. Лысково»";
		try (WebBrowser web = new WebBrowser()) {
			web.signIn(url("/organisations"), "municipal-admin", "h1");
			type(web, "name", school);
			new Select(web.driver.findElement(By.id("kind"))).selectByVisibleText("Школа");
			// her own municipality is filled in
			assertThat(web.driver.findElement(By.id("municipality")).getDomProperty("value"))
				.isEqualTo("Лысковский муниципальный округ");
			type(web, "pupils", "540");
			type(web, "teachers", "38");
			web.click(web.driver.findElement(By.xpath("//button[contains(., 'Добавить организацию')]")));
			web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "добавлена"));
			web.screenshot("organisations.png");

			web.click(web.driver.findElement(By.xpath("//tr[td[contains(., 'Средняя школа № 11')]]//a")));
			web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Средняя школа № 11"));
			type(web, "login", "zaitseva-school11");
			type(web, "lastName", "Зайцева");
			type(web, "firstName", "Марина");
			type(web, "email", "zaitseva@school11.ru");
			web.click(web.driver.findElement(By.cssSelector("input[name=roles][value=DIRECTOR]")));
			web.click(web.driver.findElement(By.xpath("//button[contains(., 'отправить приглашение')]")));
			web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
					"приглашение задать пароль отправлено"));
			assertThat(web.driver.findElement(By.tagName("main")).getText()).contains("zaitseva-school11",
					"Руководитель организации");
			web.screenshot("staff.png");
		}

		String mail = jdbc.queryForObject("select body from outbox_message where recipient_login = 'zaitseva-school11'",
				String.class);
		Matcher link = Pattern.compile("(/invitation/[A-Za-z0-9_-]+)").matcher(mail);
		assertThat(link.find()).isTrue();
		try (WebBrowser director = new WebBrowser()) {
			director.driver.get(url(link.group(1)));
			director.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
			assertThat(director.driver.findElement(By.tagName("main")).getText()).contains("zaitseva-school11");
			type(director, "password", "Lipa-Klen-Dub-2026");
			type(director, "repeated", "Lipa-Klen-Dub-2026");
			director.screenshot("invitation.png");
			director.click(director.driver.findElement(By.cssSelector("form button[type=submit]")));
			director.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Пароль задан"));
			type(director, "username", "zaitseva-school11");
			type(director, "password", "Lipa-Klen-Dub-2026");
			director.click(director.driver.findElement(By.cssSelector("form button[type=submit]")));
			director.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Рабочее место"));
			assertThat(director.driver.findElement(By.tagName("main")).getText()).contains("Зайцева Марина",
					"Руководитель организации", school);

			// she starts the school's programme for the running year, and it is there
			director.click(director.driver.findElement(By.cssSelector("main a[href='/programmes']")));
			director.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("academicYear")));
			director.screenshot("programme-start.png");
			director.click(director.driver.findElement(By.xpath("//button[contains(., 'Запустить программу')]")));
			director.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "запущена"));
			assertThat(director.driver.findElement(By.tagName("main")).getText()).contains(school,
					"Программа для обучающихся", "Назначение куратора программы наставничества");
		}
	}
}
