package ru.nastavnik.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.WebBrowser;

/**
 * The one login in a real browser: the Russian login page, the workspace's home page, Tasklist opened from it without a
 * second password, and Tasklist's own «Выйти» signing out of everything.
 */
@NastavnikTest
class OneLoginBrowserTests {

	@LocalServerPort
	int port;

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	@Test
	void shouldSignInOnceAndSignOutOfEverythingFromTasklist() {
		try (WebBrowser web = new WebBrowser()) {
			web.driver.get(url("/"));
			web.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
			assertThat(web.driver.getTitle()).isEqualTo("Вход — Наставник");
			assertThat(web.driver.findElement(By.cssSelector("label[for=username]")).getText()).isEqualTo("Логин");
			web.screenshot("sign-in.png");

			// (a login nobody has: a failure holds the login back a few seconds, and other tests sign in as the curator)
			web.driver.findElement(By.id("username")).sendKeys("nobody-here");
			web.driver.findElement(By.id("password")).sendKeys("не тот пароль");
			web.driver.findElement(By.cssSelector("form button[type=submit]")).click();
			assertThat(web.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-error"))).getText())
				.startsWith("Неверный логин или пароль");

			web.driver.findElement(By.id("username")).sendKeys("curator-school3");
			web.driver.findElement(By.id("password")).sendKeys("demo");
			web.driver.findElement(By.cssSelector("form button[type=submit]")).click();
			web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Рабочее место"));
			String home = web.driver.findElement(By.tagName("main")).getText();
			assertThat(home).contains("Куратор программы наставничества", "Задачи").doesNotContain("Администрирование");
			web.screenshot("workspace-home.png");

			web.click(web.driver.findElement(By.cssSelector("main a[href='/programmes']")));
			web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Программы наставничества"));
			web.click(web.driver.findElement(By.linkText("МБОУ СШ №3 г. Лысково")));
			web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Где программа сейчас"));
			assertThat(web.driver.findElement(By.tagName("main")).getText()).contains("План (дорожная карта)",
					"Перенести срок шага");
			web.screenshot("programme-page.png");

			web.click(web.driver.findElement(By.linkText("Задачи")));
			web.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".task-filters, .filters")));
			assertThat(web.driver.getCurrentUrl()).contains("/camunda/app/tasklist/");
			// nothing a school cannot act on: no banner urging a move to Camunda 8
			web.wait.until(driver -> driver.findElements(By.cssSelector(".ce-eol-banner")).stream()
				.noneMatch(banner -> banner.isDisplayed()));
			assertThat(web.driver.findElement(By.tagName("body")).getText()).doesNotContain("Camunda 8");
			// each task in the list says which programme it is of
			web.click(web.wait.until(ExpectedConditions.elementToBeClickable(
					By.xpath("//*[contains(text(), 'Задачи моей группы')]"))));
			web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("ol.tasks-list"),
					"МБОУ СШ №3 г. Лысково · "));

			web.click(web.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.logout a"))));
			web.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
			assertThat(web.driver.getCurrentUrl()).contains("/login");

			web.driver.get(url("/camunda/app/tasklist/default/"));
			web.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
			assertThat(web.driver.getCurrentUrl()).contains("/login");
		}
	}
}
