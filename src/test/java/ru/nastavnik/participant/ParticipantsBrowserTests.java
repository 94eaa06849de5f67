package ru.nastavnik.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.WebBrowser;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.StageOneDriver;

/**
 * The curator's work with participants in a real browser: the list with its filters, a list file checked row by row
 * and its valid rows loaded, a card, a consent marked and another revoked after reading what will be erased, the act.
 * Screenshots for the user guide; the list read on a phone-sized screen too.
 */
@NastavnikTest
class ParticipantsBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	StageOneDriver stageOne;

	@Autowired
	ParticipantDriver driver;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static void type(WebBrowser web, String id, String text) {
		WebElement field = web.driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	/** Sets a date field as a person picks a date (Chromium's date input takes the value set by its own control). */
	private static void date(WebBrowser web, String id, LocalDate day) {
		((org.openqa.selenium.JavascriptExecutor) web.driver).executeScript("arguments[0].value = arguments[1];",
				web.driver.findElement(By.id(id)), day.toString());
	}

	@Test
	void shouldLetTheCuratorLoadAListMarkAConsentAndRevokeAnother() throws Exception {
		Programme programme = stageOne.startSchoolProgramme();
		int year = programme.getStartsOn().getYear();
		LocalDate today = LocalDate.of(year, 9, 5);
		ParticipantDriver.setToday(today);
		Participant teacher = driver.adult(programme, "Браузерова Нина Сергеевна", ParticipantRole.MENTOR);
		driver.minor(programme, "Браузеров Илья Андреевич", ParticipantRole.MENTEE, "Браузерова Ольга Петровна");
		Path list = Files.createTempDirectory("lists").resolve("список 7 класса.csv");
		Files.writeString(list, "ФИО;Дата рождения;Класс или должность;Роль;E-mail;Телефон;Законный представитель\n"
				+ "Файлова Анна Ивановна;" + (year - 30) + "-05-01;учитель;наставник;anna@example.ru;;\n"
				+ "Файлов Олег Петрович;31.02." + (year - 13) + ";7 «Б»;наставляемый;;;Файлова Мария\n",
				StandardCharsets.UTF_8);

		try (WebBrowser web = new WebBrowser()) {
			String participants = "/programmes/" + programme.getId() + "/participants";
			web.signIn(url(participants), "curator-school3", "h1");
			assertThat(web.driver.findElement(By.tagName("main")).getText()).contains("Найдено участников: 2",
					"Браузеров Илья Андреевич", "несовершеннолетний");

			// a list with an error: the check first, then only the valid row
			web.click(web.driver.findElement(By.linkText("Загрузить список")));
			web.driver.findElement(By.id("file")).sendKeys(list.toString());
			web.click(web.driver.findElement(By.cssSelector("main form button[type=submit]")));
			web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Ошибки по строкам"));
			assertThat(web.driver.findElement(By.tagName("main")).getText()).contains("не существует",
					"Загрузить только верные строки (1)");
			web.screenshot("import-check.png");
			web.click(web.driver.findElement(By.cssSelector("button[name=onlyValidRows]")));
			web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Список загружен"));
			web.click(web.driver.findElement(By.linkText("К списку участников")));
			web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
					"Найдено участников: 3"));

			new org.openqa.selenium.support.ui.Select(web.driver.findElement(By.id("role"))).selectByVisibleText("наставник");
			web.click(web.driver.findElement(By.cssSelector("form.filters button[type=submit]")));
			web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
					"Найдено участников: 2"));
			web.screenshot("participants-list.png");

			// the adult mentor's consent, marked on her card
			web.click(web.driver.findElement(By.linkText("Браузерова Нина Сергеевна")));
			web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Браузерова Нина"));
			date(web, "receivedOn", today);
			date(web, "validUntil", today.plusYears(1));
			type(web, "paperReference", "Папка согласий наставников, лист 12");
			web.click(web.driver.findElement(By.xpath("//button[contains(., 'Отметить согласие')]")));
			web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
					"отмечено как полученное"));
			web.screenshot("participant-card.png");
			assertThat(driver.reload(teacher).getStatus()).isEqualTo(ParticipantStatus.AWAITING_QUESTIONNAIRE);

			// and revoked: the page says what will be erased before anything is
			web.click(web.driver.findElement(By.linkText("Отозвать…")));
			web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Что произойдёт"));
			assertThat(web.driver.findElement(By.tagName("main")).getText()).contains("фамилия, имя, отчество",
					"Отменить это действие нельзя");
			web.screenshot("consent-revocation.png");
			date(web, "revokedOn", today);
			web.click(web.driver.findElement(By.xpath("//button[contains(., 'Отозвать согласие')]")));
			web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "составлен акт №"));
			assertThat(web.driver.findElement(By.tagName("main")).getText()).doesNotContain("Браузерова");
			web.screenshot("erasure-acts.png");

			// the same list on a phone-sized screen
			web.driver.manage().window().setSize(new Dimension(390, 844));
			web.driver.get(url(participants));
			web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Участники программы"));
			web.screenshot("participants-phone.png");
		}
		finally {
			Files.deleteIfExists(list);
			Files.deleteIfExists(list.getParent());
		}
	}
}
