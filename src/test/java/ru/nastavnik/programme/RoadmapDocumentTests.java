package ru.nastavnik.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.document.PrintedPdf;
import ru.nastavnik.organisation.Organisations;

/** The «Дорожная карта» document, downloaded as a person would and read back with POI and PDFBox. */
@NastavnikTest
class RoadmapDocumentTests {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Organisations organisations;

	@Autowired
	Programmes programmes;

	private Programme schoolProgramme() {
		return programmes.findByOrganisationIdAndAcademicYear(
				organisations.findByTenantId("school3").orElseThrow().getId(), "2026/2027").orElseThrow();
	}

	private ResponseEntity<byte[]> download(String login, String path) {
		return rest.withBasicAuth(login, "demo").getForEntity(path, byte[].class);
	}

	@Test
	void shouldExportTheRoadmapAsASpreadsheetInTheSeedsColumns() throws Exception {
		Programme programme = schoolProgramme();

		ResponseEntity<byte[]> response = download("curator-school3",
				"/api/programmes/" + programme.getId() + "/roadmap.xlsx");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getHeaders().getContentDisposition().getFilename()).endsWith(".xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
			Sheet sheet = workbook.getSheet("Дорожная карта");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(
					"Дорожная карта реализации программы наставничества в МБОУ СШ №3 г. Лысково на 2026/2027 учебный год");
			Row header = sheet.getRow(2);
			assertThat(List.of(header.getCell(0).getStringCellValue(), header.getCell(1).getStringCellValue(),
					header.getCell(2).getStringCellValue())).containsExactly("Мероприятие", "Сроки", "Ответственные");
			List<List<String>> rows = new ArrayList<>();
			for (int i = 3; i <= sheet.getLastRowNum(); i++) {
				Row row = sheet.getRow(i);
				rows.add(List.of(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue(),
						row.getCell(2).getStringCellValue()));
			}
			assertThat(rows).hasSize(RoadmapStep.values().length);
			assertThat(rows.get(0)).containsExactly("Назначение куратора программы наставничества", "Май 2026",
					"Руководитель организации");
			assertThat(rows).contains(List.of("Разработка Положения о наставничестве", "Июнь 2026",
					"Куратор программы наставничества, Рабочая группа"));
			assertThat(rows).contains(List.of("Встреча с обучающимися о реализуемой программе наставничества",
					"Сентябрь 2026", "Администрация организации"));
		}
	}

	@Test
	void shouldExportTheRoadmapAsAPdfWithAnEmbeddedCyrillicFont() throws Exception {
		Programme programme = schoolProgramme();

		ResponseEntity<byte[]> response = download("curator-school3",
				"/api/programmes/" + programme.getId() + "/roadmap.pdf");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		PrintedPdf pdf = PrintedPdf.read(response.getBody());
		assertThat(pdf.text()).contains("Дорожная карта реализации программы наставничества в МБОУ СШ №3 г. Лысково")
			.contains("Мероприятие").contains("Сроки").contains("Ответственные")
			.contains("Назначение куратора программы наставничества").contains("Май 2026")
			.contains("Размещение дорожной карты на сайте организации");
		assertThat(pdf.fonts()).isNotEmpty().doesNotContainValue(false);
	}

	@Test
	void shouldNotGiveAnotherOrganisationsRoadmap() {
		Programme programme = schoolProgramme();

		assertThat(download("curator-kindergarten", "/api/programmes/" + programme.getId() + "/roadmap.pdf")
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}
}
