package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.PageClient;
import ru.nastavnik.WebBrowser;
import ru.nastavnik.consent.ConsentRevocation;
import ru.nastavnik.document.PrintedPdf;
import ru.nastavnik.engine.TaskForms;
import ru.nastavnik.feedback.FeedbackDriver;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.StageOneDriver;
import ru.nastavnik.programme.StepRecord;

/**
 * Step 30, the quality of the programme's implementation (Р-145 monitoring, stage 1): the form shows the figures the
 * system knows — pairs formed and kept, meetings, response rates, who left and who revoked a consent, the roadmap's
 * steps held and overdue; the working group's SWOT analysis and the curator's questionnaire are checked, every problem
 * named in Russian and nothing written while one is wrong; the step closes with them, and the monitoring page and the
 * report show them.
 */
@NastavnikTest
class ProgrammeQualityTests {

	@LocalServerPort
	int port;

	@Autowired
	FeedbackDriver feedback;

	@Autowired
	StageOneDriver driver;

	@Autowired
	TaskForms taskForms;

	@Autowired
	TaskService taskService;

	@Autowired
	ConsentRevocation revocation;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	private static Map<String, Object> review() {
		return StageOneDriver.qualityReview();
	}

	@Test
	void shouldRecordTheSwotAndTheCuratorsQuestionnaireWithTheSystemsFigures() throws Exception {
		Programme programme = feedback.programmeWithBases();
		driver.workStagesFourToSevenBefore(programme, ProgrammeQuality.STEP);
		// a mentee leaves at the year's end: they count as left, their consent as revoked
		Long leaver = jdbc.queryForObject("select min(id) from participant where programme_id = ? and role = 'MENTEE'",
				Long.class, programme.getId());
		revocation.revoke(jdbc.queryForList("select id from consent where participant_id = ? order by id", Long.class,
				leaver).get(0), null, "curator-school3");

		Task task = driver.task(programme, ProgrammeQuality.STEP);
		assertThat(task.getName()).isEqualTo("Провести мониторинг качества программы");
		assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
			.contains("administration", "working-group");
		String figures = String.valueOf(taskForms.shown(task.getId()).get(ProgrammeQualityFormDisplay.FIGURES));
		assertThat(figures).contains("Пар наставник — наставляемый сформировано приказом: 2", "Встреч пар проведено:",
				"Анкеты участников:", "Выбыли из программы: наставляемых — 1",
				"отозвали согласие на обработку данных: 1", "Дорожная карта: выполнено ", " % шагов плана");

		// nothing filled, a text too short, a score off the scale: every problem in Russian, nothing written
		Map<String, Object> wrong = review();
		wrong.remove("strengths");
		wrong.put("threats", "Нагрузка");
		wrong.put("goals", "7");
		assertThatThrownBy(() -> driver.submitTask(task, "workgroup-school3", wrong))
			.hasMessageContaining("Заполните поле «Сильные стороны»")
			.hasMessageContaining("Поле «Угрозы»: не короче 10 символов")
			.hasMessageContaining("Поле «Насколько достигнуты цели и задачи программы?»: целое число от 1 до 5");
		assertThat(jdbc.queryForObject("select count(*) from programme_quality_review where programme_id = ?",
				Integer.class, programme.getId())).isZero();

		// the working group fills the form in Tasklist, as every day: claim, open from «Мои задачи», complete
		Map<String, Object> review = review();
		String tasklist = "http://localhost:" + port + "/camunda/app/tasklist/default/";
		try (WebBrowser web = new WebBrowser()) {
			web.signIn(tasklist, "workgroup-school3", ".task-filters, .filters");
			web.driver.get(tasklist + "#/?task=" + task.getId());
			WebElement form = web.claimAndOpen(task.getId());
			web.wait.until(ExpectedConditions.textToBePresentInElement(form, "сформировано приказом"));
			assertThat(form.getText()).contains("SWOT-анализ", "Анкета куратора", "отозвали согласие");
			for (String field : List.of("strengths", "weaknesses", "opportunities", "threats", "recommendations")) {
				form.findElement(By.cssSelector("textarea[name='" + field + "'], #fjs-form-" + field
						+ ", textarea[id$='" + field + "']")).sendKeys((String) review.get(field), Keys.TAB);
			}
			for (QualityCriterion criterion : QualityCriterion.values()) {
				web.click(form.findElement(By.xpath(".//div[contains(@class, 'fjs-form-field-radio')][.//label["
						+ "contains(., '" + criterion.question() + "')]]//label[starts-with(normalize-space(.), '"
						+ review.get(criterion.code()) + " —')]")));
			}
			web.screenshot("quality-tasklist.png");
			web.click(web.wait.until(driver -> driver.findElements(By.cssSelector("[ng-click='complete()']")).stream()
				.filter(button -> button.isDisplayed() && button.isEnabled()).findFirst().orElse(null)));
			web.wait.until(driver -> jdbc.queryForObject("select count(*) from programme_quality_review where"
					+ " programme_id = ?", Integer.class, programme.getId()) == 1);
		}
		assertThat(jdbc.queryForMap("select strengths, recorded_by from programme_quality_review where programme_id"
				+ " = ?", programme.getId())).containsEntry("STRENGTHS", "Опытные наставники, пары встречались регулярно")
			.containsEntry("RECORDED_BY", "workgroup-school3");
		assertThat(jdbc.queryForObject("select sum(s.score) from programme_quality_score s join programme_quality_review"
				+ " r on r.id = s.review_id where r.programme_id = ?", Integer.class, programme.getId())).isEqualTo(32);
		// the engine keeps none of the answers
		assertThat(jdbc.queryForObject("select count(*) from ACT_HI_VARINST where PROC_INST_ID_ = ? and NAME_ in"
				+ " ('strengths', 'goals', 'recommendations')", Integer.class, programme.getProcessInstanceId()))
			.isZero();
		StepRecord record = driver.stepRecords(programme).stream()
			.filter(found -> found.getStep().equals(ProgrammeQuality.STEP)).findFirst().orElseThrow();
		assertThat(record.isHeld()).isTrue();
		assertThat(record.getMaterials()).contains("SWOT-анализ и анкета куратора заполнены; средняя оценка качества"
				+ " — 4,0 из 5.", "Пар наставник — наставляемый сформировано приказом: 2",
				"отозвали согласие на обработку данных: 1");

		// the monitoring page and the report show the review, with no names
		String page = "/programmes/" + programme.getId() + "/monitoring";
		HttpResponse<String> shown = PageClient.signIn(port, "director-school3", "demo").get(page);
		assertThat(shown.body()).contains("Качество реализации программы", "Мониторинг качества проведён",
				"средняя оценка куратора — 4,0 из 5", "Технопарк района готов принять проектные группы",
				"Насколько наставники были готовы к работе?", "Планировать весенние встречи");
		try (WebBrowser web = new WebBrowser()) {
			web.signIn("http://localhost:" + port + page, "director-school3", "h1");
			WebElement section = web.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
					"section[aria-labelledby='quality']")));
			assertThat(section.getText()).contains("SWOT-анализ", "Сильные стороны", "Анкета куратора");
			((org.openqa.selenium.JavascriptExecutor) web.driver).executeScript("arguments[0].scrollIntoView();",
					section);
			web.screenshot("monitoring-quality.png");
		}
		PageClient director = PageClient.signIn(port, "director-school3", "demo");
		PrintedPdf pdf = PrintedPdf.read(director.getBytes(page + "/report.pdf").body());
		assertThat(pdf.text()).contains("Качество реализации программы", "SWOT-анализ", "Сильные стороны",
				"Опытные наставники", "Анкета куратора (от 1 до 5)", "Насколько хватало ресурсов");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(director.getBytes(page + "/report.xlsx")
			.body()))) {
			assertThat(book.getSheet("Анкета куратора").getRow(3).getCell(0).getStringCellValue())
				.isEqualTo("цели и задачи достигнуты");
			assertThat(book.getSheet("Анкета куратора").getRow(3).getCell(1).getNumericCellValue()).isEqualTo(5.0);
			assertThat(book.getSheet("Анкета куратора").getDrawingPatriarch().getCharts()).hasSize(1);
			assertThat(book.getSheet("Качество программы").getRow(0).getCell(0).getStringCellValue())
				.startsWith("Мониторинг качества проведён");
		}
		// another organisation's curator does not see it
		assertThat(PageClient.signIn(port, "curator-kindergarten", "demo").get(page).statusCode()).isEqualTo(404);
	}
}
