package ru.nastavnik.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.WebBrowser;
import ru.nastavnik.engine.TaskForms;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.StageOneDriver;

/**
 * The evaluation on the parameters of the participant's set (data, V35): the form lists them from the data when it is
 * opened; a missing, off-scale or surplus score is refused in Russian with nothing written; in Chromium the working
 * group scores each parameter of the list and completes the task.
 */
@NastavnikTest
class EvaluationTests {

	@LocalServerPort
	int port;

	@Autowired
	StageOneDriver stageOne;

	@Autowired
	ParticipantDriver driver;

	@Autowired
	TaskForms taskForms;

	@Autowired
	Evaluations evaluations;

	@Autowired
	EvaluationSets sets;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	private Participant pupilAtEvaluation(String name) {
		Programme programme = stageOne.startSchoolProgramme();
		ParticipantDriver.setToday(LocalDate.of(programme.getStartsOn().getYear(), 9, 5));
		return driver.menteeToEvaluation(programme, name);
	}

	private static Map<String, Object> scores(Object... values) {
		Map<String, Object> scores = new HashMap<>();
		for (int i = 0; i < values.length; i++) {
			if (values[i] != null) {
				scores.put("score" + (i + 1), values[i]);
			}
		}
		return scores;
	}

	@Test
	void shouldShowThePupilsSetAndRefuseMissingOffScaleAndSurplusScores() {
		Participant pupil = pupilAtEvaluation("Голубев Марк Андреевич");
		Task task = driver.task(pupil, EnrolmentProcess.EVALUATE_PARTICIPANT);
		Map<String, Object> shown = taskForms.shown(task.getId());
		assertThat(shown.get("evaluationParameter1").toString()).startsWith("1. Мотивация к обучению — ")
			.endsWith("(от 1 до 5)");
		assertThat(shown.get("evaluationParameter3").toString()).startsWith(
				"3. Вовлечённость в проектную, олимпиадную и внеурочную деятельность");
		assertThat(shown.get("evaluationParameter5").toString()).startsWith("5. Образовательные результаты");
		assertThat(shown).doesNotContainKey("evaluationParameter6");

		assertThatThrownBy(() -> driver.submit(pupil, EnrolmentProcess.EVALUATE_PARTICIPANT, "workgroup-school3",
				scores(3, 4, null, 6, 2)))
			.hasMessageContaining("Заполните поле «Вовлечённость в проектную, олимпиадную и внеурочную деятельность»")
			.hasMessageContaining("Поле «Профессиональное самоопределение»: целое число от 1 до 5");
		assertThatThrownBy(() -> driver.submit(pupil, EnrolmentProcess.EVALUATE_PARTICIPANT, "workgroup-school3",
				scores(3, 4, 4, 3, 2, 5)))
			.hasMessageContaining("Оценка № 6 лишняя: параметров оценки у участника 5");
		assertThatThrownBy(() -> driver.submit(pupil, EnrolmentProcess.EVALUATE_PARTICIPANT, "workgroup-school3",
				scores(3, "три", 4, 3, 2.5)))
			.hasMessageContaining("Поле «Личностный рост»: укажите число")
			.hasMessageContaining("Поле «Образовательные результаты»: целое число от 1 до 5");
		assertThat(evaluations.findByParticipantIdOrderById(pupil.getId())).isEmpty();

		driver.submit(pupil, EnrolmentProcess.EVALUATE_PARTICIPANT, "workgroup-school3",
				scores(3, 4, 4, 3, 2));
		assertThat(evaluations.findByParticipantIdOrderById(pupil.getId())).singleElement()
			.satisfies(evaluation -> assertThat(evaluation.getScores()).containsEntry("engagement", 4)
				.containsEntry("results", 2).hasSize(5));
	}

	@Test
	void shouldLetTheWorkingGroupScoreEveryParameterInTasklist() {
		Participant pupil = pupilAtEvaluation("Медведева Софья Ильинична");
		Task task = driver.task(pupil, EnrolmentProcess.EVALUATE_PARTICIPANT);
		int[] given = { 3, 4, 2, 3, 4 };
		String tasklist = "http://localhost:" + port + "/camunda/app/tasklist/default/";
		try (WebBrowser web = new WebBrowser()) {
			web.signIn(tasklist, "workgroup-school3", ".task-filters, .filters");
			web.driver.get(tasklist + "#/?task=" + task.getId());
			WebElement form = web.claimAndOpen(task.getId());
			web.wait.until(ExpectedConditions.textToBePresentInElement(form, "1. Мотивация к обучению"));
			assertThat(form.getText()).contains("5. Образовательные результаты").doesNotContain("6.");
			List<WebElement> scores = form.findElements(By.cssSelector(".fjs-form-field-number input"));
			assertThat(scores).hasSize(given.length);
			for (int i = 0; i < given.length; i++) {
				scores.get(i).sendKeys(String.valueOf(given[i]), Keys.TAB);
			}
			web.screenshot("evaluation-tasklist.png");
			web.click(web.wait.until(driver -> driver.findElements(By.cssSelector("[ng-click='complete()']")).stream()
				.filter(button -> button.isDisplayed() && button.isEnabled()).findFirst().orElse(null)));
			web.wait.until(driver -> evaluations.findByParticipantIdOrderById(pupil.getId()).size() == 1);
		}
		assertThat(evaluations.findByParticipantIdOrderById(pupil.getId()).get(0).getScores())
			.containsEntry("motivation", 3).containsEntry("personal-growth", 4).containsEntry("engagement", 2)
			.containsEntry("self-determination", 3).containsEntry("results", 4);
	}
}
