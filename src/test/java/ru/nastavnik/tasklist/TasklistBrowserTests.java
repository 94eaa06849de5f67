package ru.nastavnik.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.WebBrowser;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.ParticipantDriver;
import ru.nastavnik.participant.ParticipantRole;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeProcess;
import ru.nastavnik.programme.StageOneDriver;

/**
 * A person in a real browser (Debian's Chromium through its ChromeDriver): the school's curator signs in to Tasklist,
 * sees her school's tasks and never the kindergarten's, fills in a Russian Camunda Form, and the next step appears.
 */
@NastavnikTest
class TasklistBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TaskService taskService;

	@Autowired
	JdbcTemplate jdbc;

	WebBrowser web;

	WebDriver browser;

	WebDriverWait wait;

	@BeforeEach
	void openBrowser() {
		web = new WebBrowser();
		browser = web.driver;
		wait = web.wait;
	}

	@AfterEach
	void closeBrowser() {
		ClockUtil.reset();
		web.close();
	}

	private void signIn(String login) {
		web.signIn(tasklist(), login, ".task-filters, .filters");
	}

	/** The input a person finds by its Russian label. */
	private WebElement field(WebElement form, String label) {
		String id = form.findElement(By.xpath(".//label[contains(., '" + label + "')]")).getAttribute("for");
		return form.findElement(By.id(id));
	}

	private void openFilter(String name) {
		wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[contains(text(), '" + name + "')]"))).click();
	}

	private List<String> listedTaskIds() {
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.tasks-list li.task")));
		return browser.findElements(By.cssSelector("ol.tasks-list li.task a[href*='task=']")).stream()
			.map(link -> link.getAttribute("href"))
			.map(href -> href.substring(href.indexOf("task=") + 5).split("[&#]")[0])
			.distinct()
			.toList();
	}

	private String tasklist() {
		return "http://localhost:" + port + "/camunda/app/tasklist/default/";
	}

	/** Opens a task as a person does from a link (other tests' tasks may push it off the first page of the list). */
	private void openTask(String taskId, String expectedName) {
		browser.get(tasklist() + "#/?task=" + taskId);
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("body"), expectedName));
	}

	@Test
	void shouldLetTheCuratorWorkHerSchoolsTaskInARussianForm() {
		Programme programme = stageOne.startSchoolProgramme();
		stageOne.appointCurator(programme);
		ClockUtil.reset();
		List<String> schoolTasks = taskService.createTaskQuery().tenantIdIn("school3").list().stream()
			.map(Task::getId).toList();
		List<String> kindergartenTasks = taskService.createTaskQuery().tenantIdIn("kindergarten").list().stream()
			.map(Task::getId).toList();
		assertThat(kindergartenTasks).isNotEmpty();

		signIn("curator-school3");
		openFilter("Задачи моей группы");
		List<String> listed = listedTaskIds();
		assertThat(listed).isNotEmpty().doesNotContainAnyElementsOf(kindergartenTasks);
		assertThat(schoolTasks).containsAll(listed);
		assertThat(browser.getPageSource()).doesNotContain(kindergartenTasks.toArray(String[]::new));

		Task roadmap = taskService.createTaskQuery().processInstanceId(programme.getProcessInstanceId())
			.taskDefinitionKey(ProgrammeProcess.DRAFT_ROADMAP).singleResult();
		openTask(roadmap.getId(), "Разработать дорожную карту программы");
		WebElement form = web.claimAndOpen(roadmap.getId());
		assertThat(form.getText()).contains("Проект: Дорожная карта программы наставничества")
			.contains("Номер или ссылка на проект документа")
			.contains("Содержание проекта и внесённые изменения");
		// the director's comment on a returned version is shown read-only (empty for a first draft)
		assertThat(field(form, "Комментарий руководителя к прошлой версии").getDomProperty("readOnly"))
			.isEqualTo("true");
		WebElement reference = field(form, "Номер или ссылка на проект документа");
		WebElement summary = field(form, "Содержание проекта и внесённые изменения");
		// leaving a field (Tab) hands its value to the form at once, without waiting for the form's input debounce
		reference.sendKeys("ДК-2026/1", Keys.TAB);
		summary.sendKeys("Мероприятия по этапам, сроки по месяцам, ответственные", Keys.TAB);
		wait.until(driver -> "ДК-2026/1".equals(reference.getDomProperty("value"))
				&& summary.getDomProperty("value").startsWith("Мероприятия"));
		web.screenshot("tasklist-form.png");
		WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[ng-click='complete()']")));
		// Tasklist itself speaks Russian too (our translation of its texts)
		assertThat(complete.getText()).isEqualTo("Завершить");
		web.click(complete);
		wait.until(driver -> taskService.createTaskQuery().taskId(roadmap.getId()).count() == 0);

		Task approval = taskService.createTaskQuery().processInstanceId(roadmap.getProcessInstanceId())
			.taskDefinitionKey(ProgrammeProcess.APPROVE_ROADMAP).singleResult();
		assertThat(approval).isNotNull();
		browser.manage().deleteAllCookies();
		signIn("director-school3");
		openTask(approval.getId(), "Утвердить дорожную карту программы");
		WebElement approvalForm = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
		assertThat(approvalForm.getText()).contains("Утверждение: Дорожная карта программы наставничества");
		// the director sees which draft she approves: the reference the curator entered
		WebElement draft = field(approvalForm, "Проект документа");
		wait.until(driver -> "ДК-2026/1".equals(draft.getDomProperty("value")));
	}

	@Test
	void shouldShowTheWorkingGroupWhoseConsentItRecordsAndLogTheReadOfAMinorsForm() {
		Programme programme = stageOne.startSchoolProgramme();
		ParticipantDriver.setToday(LocalDate.of(programme.getStartsOn().getYear(), 9, 5));
		Participant pupil = participants.minor(programme, "Лисицын Гордей Павлович", ParticipantRole.MENTEE,
				"Лисицына Вера Андреевна");
		ClockUtil.reset();
		String processInstance = pupil.getProcessInstanceId();
		Long participantId = pupil.getId();
		Task consent = taskService.createTaskQuery().processInstanceId(processInstance).singleResult();
		assertThat(consent.getTaskDefinitionKey()).isEqualTo("recordConsent");
		long logged = jdbc.queryForObject("select count(*) from access_log where participant_id = ? and channel = 'FORM'",
				Long.class, participantId);

		signIn("workgroup-school3");
		openTask(consent.getId(), "Получить согласие на обработку персональных данных");
		WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
		assertThat(form.getText()).contains("Согласие на обработку персональных данных",
				"Дата получения подписанного согласия", "Номер и место хранения подписанного согласия");
		WebElement participant = field(form, "Участник");
		WebElement signer = field(form, "Кто подписывает согласие");
		wait.until(driver -> "Лисицын Гордей Павлович".equals(participant.getDomProperty("value")));
		assertThat(signer.getDomProperty("value")).isEqualTo("законный представитель: Лисицына Вера Андреевна");
		assertThat(participant.getDomProperty("disabled")).isEqualTo("true");
		assertThat(form.findElement(By.partialLinkText("Распечатать бланк согласия")).getAttribute("href"))
			.endsWith("/api/participants/" + participantId + "/consent-form.pdf");
		web.screenshot("tasklist-consent-form.png");

		// Tasklist read the minor's form through the webapp's own engine API: the read is in the log
		assertThat(jdbc.queryForList("select login from access_log where participant_id = ? and channel = 'FORM'",
				String.class, participantId)).hasSizeGreaterThan((int) logged).contains("workgroup-school3");
	}

	@Autowired
	ru.nastavnik.pairing.PairingDriver pairing;

	@Autowired
	StageOneDriver stageOne;

	@Autowired
	ParticipantDriver participants;

	@Test
	void shouldShowTheWorkingGroupTheProposalWithEveryScoreExplained() {
		ru.nastavnik.pairing.PairingDriver.School school = pairing.school();
		Task review = pairing.task(pairing.startMatching(school.programme()), "reviewPairs");

		signIn("workgroup-school3");
		openTask(review.getId(), "Рассмотреть предложенные пары (группы)");
		WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
		wait.until(driver -> form.getText().contains("Пары и группы: 3"));
		assertThat(form.getText()).contains("Орлов Олег Петрович", "Егорова Лариса Николаевна", "Итого",
				"выбор взаимный — 20", "ждёт педагога-психолога", "Без наставника", "Белов Иван Сергеевич",
				"Исключить пары", "Поменять наставников местами", "Добавить пары", "Направить педагогу-психологу",
				"Пары готовы: передать на распоряжение руководителя");
		// Markdown, not raw text: the summary's headline is bold
		assertThat(form.findElements(By.xpath(".//strong[contains(., 'Пары и группы')]"))).isNotEmpty();
		web.screenshot("tasklist-pair-review.png");

		// the form leads to the table of pairs: sorted by a column's header, a pair excluded by its own button
		String table = "/programmes/" + school.programme().getId() + "/pairs/proposal";
		String href = form.findElement(By.partialLinkText("Открыть таблицу пар")).getAttribute("href");
		assertThat(href).endsWith(table);
		browser.get(href);
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Предложенные пары"));
		web.click(browser.findElement(By.linkText("Оценка")));
		wait.until(ExpectedConditions.attributeToBe(By.xpath("//th[a[.='Оценка']]"), "aria-sort", "ascending"));
		web.click(browser.findElement(By.linkText("Оценка")));
		wait.until(ExpectedConditions.attributeToBe(By.xpath("//th[a[.='Оценка']]"), "aria-sort", "descending"));
		List<WebElement> scores = browser.findElements(By.cssSelector("table.pairs tbody tr td:nth-child(5)"));
		assertThat(scores).extracting(cell -> Integer.valueOf(cell.getText()))
			.isSortedAccordingTo(java.util.Comparator.reverseOrder());
		Long excluded = jdbc.queryForObject("select id from mentoring_pair where mentee_id = ? and status = 'PROPOSED'",
				Long.class, school.olympiad().getId());
		web.click(browser.findElement(By.cssSelector("#pair-" + excluded + " button.danger")));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.note"),
				"Пара № " + excluded + " исключена"));
		assertThat(browser.getCurrentUrl()).endsWith(table + "?sort=score&dir=desc");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Найдено пар: 2",
				"Орлов Олег Петрович", "исключена рабочей группой");
		web.screenshot("pair-review-table.png");
	}

	@Test
	void shouldShowTheDirectorTheDraftOrderWithItsPdf() {
		ru.nastavnik.pairing.PairingDriver.School school = pairing.school();
		org.camunda.bpm.engine.runtime.ProcessInstance matching = pairing.startMatching(school.programme());
		pairing.submit(pairing.task(matching, "reviewPairs"), "workgroup-school3", java.util.Map.of("reviewDecision",
				"adjust", "removePairs", String.valueOf(jdbc.queryForObject("select id from mentoring_pair where "
						+ "mentee_id = ? and status = 'PROPOSED'", Long.class, school.special().getId()))));
		pairing.submit(pairing.task(matching, "reviewPairs"), "workgroup-school3",
				java.util.Map.of("reviewDecision", "accept"));
		Task approval = pairing.task(pairing.startOrder(school.programme()), "approvePairingOrder");
		Long orderId = (Long) taskService.getVariable(approval.getId(), "orderId");

		signIn("director-school3");
		openTask(approval.getId(), "Утвердить распоряжение о закреплении пар (групп)");
		WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
		wait.until(driver -> form.getText().contains("версия 1"));
		assertThat(form.getText()).contains("О закреплении наставнических пар (групп)", "Закрепляемых пар: 2",
				"Утвердить", "Вернуть на доработку", "Комментарий: что нужно исправить");
		assertThat(form.findElement(By.partialLinkText("открыть проект приказа")).getAttribute("href"))
			.endsWith("/api/orders/" + orderId + "/pdf");
		web.screenshot("tasklist-order-approval.png");
	}
}
