package ru.nastavnik.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.WebBrowser;

/**
 * The administrator uploads a list of organisations in a real browser, reads its rows' problems in the table, and
 * loads only the valid rows. A screenshot of the check for the user guide.
 */
@NastavnikTest
class OrganisationImportBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Organisations organisations;

	@Test
	void shouldShowTheRowProblemsAndLoadOnlyTheValidRows(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("организации-кстово.xlsx");
		Files.write(file, OrganisationImportTests.workbook(List.of(
				List.of("Название", "Тип", "Муниципалитет", "Сайт", "Адрес", "Обучающихся", "Педагогов"),
				List.of("МБОУ «Средняя школа № 2 г. Кстово»", "школа", "Кстовский муниципальный округ",
						"https://school2-kstovo.ru", "607650, г. Кстово, ул. Школьная, 2", 870, 61),
				List.of("МБДОУ «Детский сад № 5 «Солнышко»", "детский сад", "Кстовский муниципальный округ", "", "", 140, 16),
				List.of("МБОУ «Гимназия № 4 г. Кстово»", "гимназия", "Кстовский муниципальный округ", "", "", 610, 44),
				List.of("ГБПОУ «Кстовский нефтяной техникум»", "колледж", "Кстовский муниципальный округ", "", "",
						"около тысячи", 90),
				List.of("", "школа", "Кстовский муниципальный округ", "", "", 300, 25),
				List.of("МБОУ «Средняя школа № 2 г. Кстово»", "школа", "Кстовский муниципальный округ", "", "", 870, 61))));
		try (WebBrowser web = new WebBrowser()) {
			web.signIn("http://localhost:" + port + "/organisations", "admin", "#file");
			web.driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
			web.click(web.driver.findElement(By.xpath("//button[contains(., 'Проверить файл')]")));
			web.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.data caption")));
			String main = web.driver.findElement(By.tagName("main")).getText();
			assertThat(main).contains("Строк в файле: 6, верных: 2, с ошибками: 4", "Неизвестный тип «гимназия»",
					"Повтор строки 2");
			web.screenshot("organisations-import.png");

			web.click(web.driver.findElement(By.xpath("//button[contains(., 'только верные строки')]")));
			web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Список загружен"));
		}
		assertThat(organisations.existsByName("МБОУ «Средняя школа № 2 г. Кстово»")).isTrue();
		assertThat(organisations.existsByName("МБДОУ «Детский сад № 5 «Солнышко»")).isTrue();
		assertThat(organisations.existsByName("МБОУ «Гимназия № 4 г. Кстово»")).isFalse();
	}
}
