package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.PageClient;
import ru.nastavnik.document.PrintedPdf;
import ru.nastavnik.participant.GrowthDimension;
import ru.nastavnik.participant.ParticipantDriver;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.StageOneDriver;

/**
 * The programme's growth on evaluations with a known answer: seven pupils evaluated at the start (by the working
 * group, in their enrolment) and at the end (here, as step 31 would): their motivation grew for six of them (a
 * confirmed rise), their personal growth moved both ways (noise), their engagement stayed (unchanged); the mentors'
 * set has no second evaluation yet. The page reads the same, for the municipal curator too, and for nobody else's
 * organisation.
 */
@NastavnikTest
class ProgrammeGrowthTests {

	@LocalServerPort
	int port;

	@Autowired
	StageOneDriver stageOne;

	@Autowired
	ParticipantDriver participants;

	@Autowired
	ProgrammeGrowth growth;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	private void evaluateAtTheEnd(Long participantId, int motivation, int personal, int engagement,
			int selfDetermination, int results) {
		participants.evaluateAtTheEnd(participantId, Map.of("motivation", motivation, "personal-growth", personal,
				"engagement", engagement, "self-determination", selfDetermination, "results", results));
	}

	@Test
	void shouldCompareTheStartAndTheEndAsTheTestAllows() throws Exception {
		Programme programme = stageOne.startSchoolProgramme();
		ParticipantDriver.setToday(LocalDate.of(programme.getStartsOn().getYear(), 9, 5));
		List<Long> pupils = new ArrayList<>();
		String[] names = { "Антонов Глеб", "Борисова Вера", "Васильев Гордей", "Григорьева Дарья", "Давыдов Егор",
				"Егорова Жанна", "Жуков Захар" };
		for (String name : names) {
			// the driver's first evaluation: motivation 3, personal growth 2, engagement 4, self-determination 3,
			// results 3
			pupils.add(participants.menteeInBase(programme, name + " Петрович").getId());
		}
		participants.mentorInterviewed(programme, "Соколов Денис Игоревич", true);
		for (int i = 0; i < pupils.size(); i++) {
			// motivation: +1 for six, the seventh unchanged; personal growth: +1, −1 in turn; engagement unchanged
			evaluateAtTheEnd(pupils.get(i), i < 6 ? 4 : 3, i % 2 == 0 ? 3 : 1, 4, 3, i < 3 ? 4 : 3);
		}

		ProgrammeGrowth.Growth found = growth.of(programme);
		assertThat(found.compared()).isEqualTo(7);
		assertThat(found.awaiting()).isEqualTo(1);
		assertThat(found.left()).isZero();
		ProgrammeGrowth.SetGrowth pupilsSet = found.sets().stream()
			.filter(set -> set.title().equals("Наставляемые — обучающиеся")).findFirst().orElseThrow();
		assertThat(pupilsSet.compared()).isEqualTo(7);
		Map<String, Comparison> byCode = new java.util.HashMap<>();
		pupilsSet.whole().parameters().forEach(change -> byCode.put(change.code(), change.comparison()));
		assertThat(byCode.get("motivation").verdict()).isEqualTo(Verdict.ROSE);
		assertThat(byCode.get("motivation").changed()).isEqualTo(6);
		assertThat(byCode.get("motivation").startMean()).isEqualTo(3.0);
		assertThat(byCode.get("personal-growth").verdict()).isEqualTo(Verdict.NOISE);
		assertThat(byCode.get("engagement").verdict()).isEqualTo(Verdict.UNCHANGED);
		// three of seven moved: too few to say anything
		assertThat(byCode.get("results").verdict()).isEqualTo(Verdict.TOO_FEW);
		// every pupil is «талантливый обучающийся» in the driver's questionnaire: one category group, no pairs yet
		assertThat(pupilsSet.byCategory()).singleElement()
			.satisfies(group -> assertThat(group.title()).startsWith("талантливый обучающийся"));
		assertThat(pupilsSet.byForm()).isEmpty();
		ProgrammeGrowth.SetGrowth mentors = found.sets().stream().filter(set -> set.title().equals("Наставники"))
			.findFirst().orElseThrow();
		assertThat(mentors.compared()).isZero();
		assertThat(mentors.awaiting()).isEqualTo(1);
		assertThat(found.dimensions()).filteredOn(change -> change.dimension() == GrowthDimension.MOTIVATION)
			.singleElement().satisfies(change -> assertThat(change.comparison().verdict()).isEqualTo(Verdict.ROSE));

		String page = "/programmes/" + programme.getId() + "/monitoring";
		HttpResponse<String> curator = PageClient.signIn(port, "curator-school3", "demo").get(page);
		assertThat(curator.statusCode()).isEqualTo(200);
		assertThat(curator.body()).contains("Мониторинг программы", "Наставляемые — обучающиеся",
				"Мотивация к обучению", "рост подтверждён (p = 0,0", "изменение в пределах случайного",
				"оценки не изменились", "изменившихся оценок меньше 6 — вывод не делается", "Категория: талантливый обучающийся")
			.doesNotContain("Антонов");
		assertThat(PageClient.signIn(port, "municipal-curator", "demo").get(page).statusCode()).isEqualTo(200);
		assertThat(PageClient.signIn(port, "psychologist-school3", "demo").get(page).statusCode()).isEqualTo(403);
		assertThat(PageClient.signIn(port, "curator-kindergarten", "demo").get(page).statusCode()).isEqualTo(404);
		assertThat(PageClient.signIn(port, "curator-school3", "demo").get("/programmes/" + programme.getId())
			.body()).contains("Мониторинг программы");

		// the page in Chromium, as the director reads it: the verdicts in the tables, the report's links
		try (ru.nastavnik.WebBrowser web = new ru.nastavnik.WebBrowser()) {
			web.signIn("http://localhost:" + port + page, "director-school3", "h1");
			web.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
					org.openqa.selenium.By.tagName("h1"), "Мониторинг программы"));
			assertThat(web.driver.findElement(org.openqa.selenium.By.tagName("main")).getText())
				.contains("рост подтверждён", "PDF с диаграммами", "XLSX с диаграммами Excel",
						// a change of zero is a figure, not a missing one
						"профессиональный рост 7 3,00 3,00 0,00 оценки не изменились");
			web.screenshot("monitoring-growth.png");
		}

		// the report as a PDF: its headings and figures read back, its charts drawn, its font embedded
		PageClient director = PageClient.signIn(port, "director-school3", "demo");
		HttpResponse<byte[]> pdf = director.getBytes(page + "/report.pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		PrintedPdf printed = PrintedPdf.read(pdf.body());
		assertThat(printed.text()).contains("Отчёт о результатах мониторинга программы наставничества",
				"Оценены в начале и в конце года: 7; ждут второй оценки: 1", "Рост участников по видам роста",
				"мотивационный рост", "Наставляемые — обучающиеся", "Мотивация к обучению 3,00 3,86 0,86 рост подтверждён",
				"оценки не изменились", "Удовлетворённость участием в программе", "ещё не проводилось", "Рисунок 1.")
			.doesNotContain("Антонов");
		assertThat(printed.fonts()).isNotEmpty().allSatisfy((font, embedded) -> assertThat(embedded).isTrue());
		// growth by kind; the satisfaction is not drawn before its questionnaire (SatisfactionTests draws it)
		assertThat(pictures(pdf.body())).isGreaterThanOrEqualTo(1);
		PrintedPdf.picture(pdf.body(), 0, java.nio.file.Path.of("docs", "monitoring-report.png"));

		// the same figures as XLSX, with native Excel charts
		HttpResponse<byte[]> xlsx = director.getBytes(page + "/report.xlsx");
		assertThat(xlsx.statusCode()).isEqualTo(200);
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(xlsx.body()))) {
			org.apache.poi.xssf.usermodel.XSSFSheet kinds = book.getSheet("Виды роста");
			assertThat(kinds.getRow(3).getCell(0).getStringCellValue()).isEqualTo("мотивационный рост");
			assertThat(kinds.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(7.0);
			assertThat(kinds.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(3.0);
			assertThat(kinds.getRow(3).getCell(6).getStringCellValue()).isEqualTo("рост подтверждён");
			assertThat(kinds.getDrawingPatriarch().getCharts()).hasSize(1);
			org.apache.poi.xssf.usermodel.XSSFSheet pupilsSheet = book.getSheet("Набор 1");
			assertThat(pupilsSheet.getRow(0).getCell(0).getStringCellValue()).startsWith("Наставляемые — обучающиеся");
			assertThat(pupilsSheet.getDrawingPatriarch().getCharts()).hasSize(1);
			// no satisfaction questionnaire yet: its sheet says so, and nothing is drawn (SatisfactionTests draws it)
			assertThat(book.getSheet("Удовлетворённость").getRow(0).getCell(0).getStringCellValue())
				.contains("ещё не проводилось");
		}
		assertThat(PageClient.signIn(port, "curator-kindergarten", "demo").getBytes(page + "/report.pdf")
			.statusCode()).isEqualTo(404);
		assertThat(PageClient.signIn(port, "psychologist-school3", "demo").getBytes(page + "/report.xlsx")
			.statusCode()).isEqualTo(403);
	}

	/** How many pictures the PDF's pages draw. */
	private static int pictures(byte[] pdf) throws java.io.IOException {
		int count = 0;
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			for (org.apache.pdfbox.pdmodel.PDPage pdfPage : document.getPages()) {
				for (org.apache.pdfbox.cos.COSName name : pdfPage.getResources().getXObjectNames()) {
					if (pdfPage.getResources().getXObject(name)
							instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
						count++;
					}
				}
			}
		}
		return count;
	}
}
