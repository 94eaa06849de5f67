package ru.nastavnik.pairwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.PageClient;
import ru.nastavnik.document.PrintedPdf;

/**
 * The individual plan of the demo school's last active pair on its page: the working group revises the plan the pair
 * agreed in October (a new version), a plan that cannot be is refused in Russian and nothing is written, the agreement is marked and a change then makes version 2,
 * the goals are assessed, the plan prints as a PDF; the director reads and changes nothing; another organisation
 * finds no plan.
 */
@NastavnikTest
class PlanPagesTests {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoSchool school;

	private int versions(long pair) {
		return jdbc.queryForObject("select count(*) from individual_plan where pair_id = ?", Integer.class, pair);
	}

	private long currentGoal(long pair) {
		return jdbc.queryForObject("select g.id from plan_goal g join individual_plan p on p.id = g.plan_id"
				+ " where p.pair_id = ? and p.superseded_at is null order by g.position limit 1", Long.class, pair);
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneId.of("Europe/Moscow"));
	}

	/** The form as the page sends it: one goal with one task filled, the blank rows and goals left empty. */
	private static Map<String, String> plan(String goal, String task, String dueOn) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("direction", "Подготовка к ОГЭ по математике");
		form.put("cadence", "WEEKLY");
		form.put("toleranceDays", "3");
		form.put("startsOn", today().toString());
		for (int g = 0; g < 3; g++) {
			form.put("goals[" + g + "].title", g == 0 ? goal : "");
			for (int t = 0; t < 3; t++) {
				String at = "goals[" + g + "].tasks[" + t + "].";
				boolean filled = g == 0 && t == 0;
				form.put(at + "title", filled ? task : "");
				form.put(at + "expectedResult", filled && !task.isEmpty() ? "Решает две задачи из трёх без подсказки"
						: "");
				form.put(at + "dueOn", filled ? dueOn : "");
			}
		}
		return form;
	}

	@Test
	void shouldDraftAgreeReviseAssessAndPrintThePlanOfAPair() throws IOException {
		long pair = school.pair(5);
		String page = "/pairs/" + pair + "/plan";
		boolean menteeMinor = jdbc.queryForObject("select pa.minor from participant pa join mentoring_pair p"
				+ " on p.mentee_id = pa.id where p.id = ?", Boolean.class, pair);
		String mentee = jdbc.queryForObject("select pe.full_name from person pe join participant pa on pa.person_id"
				+ " = pe.id join mentoring_pair p on p.mentee_id = pa.id where p.id = ?", String.class, pair);
		String dueOn = today().plusMonths(3).toString();
		PageClient workingGroup = PageClient.signIn(port, "workgroup-school3", "demo");
		// the demo's pair agreed its plan at its planning meeting in October: a change makes a new version
		assertThat(versions(pair)).isEqualTo(1);
		HttpResponse<String> demo = workingGroup.get(page);
		assertThat(demo.statusCode()).isEqualTo(200);
		assertThat(demo.body()).contains("Индивидуальный план, версия 1",
				"План согласован: изменения сохранятся как новая версия, её согласуют заново",
				"name=\"goals[0].tasks[2].dueOn\"", "name=\"goals[1].title\"", "еженедельно");
		assertThat(workingGroup.get("/pairs/" + pair + "/meetings").body()).contains(page, "Индивидуальный план");

		workingGroup.get(page);
		Map<Map<String, String>, String> refusals = Map.of(
				plan("", "", ""), "В плане нужна хотя бы одна цель с задачами",
				plan("Решать задачи второй части ОГЭ", "Разобрать задания 20–22", today().plusYears(2).toString()),
				"задача 1: срок — между",
				plan("Решать задачи второй части ОГЭ", "Разобрать задания 20–22", "31.12.2026"),
				"дата в формате ГГГГ-ММ-ДД");
		refusals.forEach((form, reason) -> {
			HttpResponse<String> refused = workingGroup.postForm(page, form);
			assertThat(refused.statusCode()).as(reason).isEqualTo(422);
			assertThat(refused.body()).as(reason).contains(reason, "Индивидуальный план, версия 1");
		});
		assertThat(workingGroup.postForm(page, plan("Решать задачи второй части ОГЭ", "Разобрать задания 20–22",
				"2026-13-40")).body()).contains("Разобрать задания 20–22", "Решать задачи второй части ОГЭ");
		assertThat(versions(pair)).isEqualTo(1);

		HttpResponse<String> drafted = workingGroup.postForm(page,
				plan("Решать задачи второй части ОГЭ", "Разобрать задания 20–22", dueOn));
		assertThat(drafted.statusCode()).isEqualTo(302);
		assertThat(drafted.headers().firstValue("Location").orElseThrow()).endsWith(page);
		assertThat(versions(pair)).isEqualTo(2);
		HttpResponse<String> shown = workingGroup.get(page);
		assertThat(shown.body()).contains("Индивидуальный план сохранён: версия 2", "Индивидуальный план, версия 2",
				"Подготовка к ОГЭ по математике", "Решать задачи второй части ОГЭ", "Разобрать задания 20–22",
				"Решает две задачи из трёх без подсказки", LocalDate.parse(dueOn).format(SHOWN),
				"Встречи: еженедельно, допустимая задержка 3 дн., с " + today().format(SHOWN), "Скачать PDF",
				"Изменить план", "Согласование плана", "<dd>Андрей Попов, ")
			.doesNotContain("План согласован: изменения", "Итоги по целям", "workgroup-school3, ");

		// a version nobody agreed to yet is rewritten in place
		assertThat(workingGroup.postForm(page, plan("Решать задачи второй части ОГЭ", "Разобрать задания 20–23",
				dueOn)).statusCode()).isEqualTo(302);
		assertThat(versions(pair)).isEqualTo(2);
		assertThat(workingGroup.get(page).body()).contains("Разобрать задания 20–23");

		String tomorrow = today().plusDays(1).toString();
		HttpResponse<String> early = workingGroup.postForm(page + "/agreement",
				Map.of("mentorAgreedOn", tomorrow, "menteeAgreedOn", ""));
		assertThat(early.statusCode()).isEqualTo(422);
		assertThat(early.body()).contains("Дата согласования — между");
		assertThat(workingGroup.postForm(page + "/agreement", Map.of("mentorAgreedOn", today().toString(),
				"menteeAgreedOn", today().toString())).statusCode()).isEqualTo(302);
		HttpResponse<String> agreed = workingGroup.get(page);
		assertThat(agreed.body()).contains("согласован обеими сторонами",
				"План согласован: изменения сохранятся как новая версия, её согласуют заново", "Итоги по целям",
				(menteeMinor ? "подпись законного представителя получена " : "согласовано ") + today().format(SHOWN));

		assertThat(workingGroup.postForm(page, plan("Решать задачи второй части ОГЭ", "Решить два варианта ОГЭ",
				dueOn)).statusCode()).isEqualTo(302);
		assertThat(versions(pair)).isEqualTo(3);
		HttpResponse<String> revised = workingGroup.get(page);
		assertThat(revised.body()).contains("Индивидуальный план сохранён: версия 3", "Индивидуальный план, версия 3",
				"Решить два варианта ОГЭ", "Версии плана",
				menteeMinor ? "подпись законного представителя ещё не получена" : "ещё не согласовано")
			.doesNotContain("Итоги по целям");

		workingGroup.postForm(page + "/agreement", Map.of("mentorAgreedOn", today().toString(), "menteeAgreedOn",
				today().toString()));
		long goal = currentGoal(pair);
		workingGroup.get(page);
		HttpResponse<String> unexplained = workingGroup.postForm(page + "/outcomes",
				Map.of("outcome-" + goal, "PARTLY", "comment-" + goal, ""));
		assertThat(unexplained.statusCode()).isEqualTo(422);
		assertThat(unexplained.body()).contains("объясните в комментарии");
		assertThat(workingGroup.postForm(page + "/outcomes", Map.of("outcome-" + goal, "PARTLY", "comment-" + goal,
				"Успели один вариант из двух")).statusCode()).isEqualTo(302);
		assertThat(workingGroup.get(page).body()).contains("Итог: достигнута частично — Успели один вариант из двух");

		String reads = "select count(*) from access_log where participant_id = (select mentee_id from mentoring_pair"
				+ " where id = ?) and channel = 'PAGE'";
		long readsBefore = jdbc.queryForObject(reads, Long.class, pair);
		HttpResponse<byte[]> pdf = workingGroup.getBytes(page + ".pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
		assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
			.isEqualTo("attachment; filename=\"individual-plan-" + pair + "-v3.pdf\"");
		assertThat(new String(Arrays.copyOf(pdf.body(), 4), StandardCharsets.US_ASCII)).isEqualTo("%PDF");
		PrintedPdf printed = PrintedPdf.read(pdf.body());
		assertThat(printed.text()).contains("ИНДИВИДУАЛЬНЫЙ ПЛАН", "версия 3 от " + today().format(SHOWN), mentee,
				"Решить два варианта ОГЭ", "еженедельно, допустимая задержка 3 дн.",
				menteeMinor ? "Законный представитель наставляемого" : "Наставляемый", "Куратор программы");
		assertThat(printed.fonts()).isNotEmpty().allSatisfy((font, embedded) -> assertThat(embedded).isTrue());
		if (menteeMinor) {
			assertThat(jdbc.queryForObject(reads, Long.class, pair)).isEqualTo(readsBefore + 1);
		}
	}

	@Test
	void shouldLetTheDirectorReadButNotChangeAndHideThePlanFromAnotherOrganisation() {
		long pair = school.pair(5);
		String page = "/pairs/" + pair + "/plan";
		int before = versions(pair);
		PageClient director = PageClient.signIn(port, "director-school3", "demo");
		HttpResponse<String> read = director.get(page);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.body()).contains("Пара № " + pair)
			.doesNotContain("Составить план", "Изменить план", "Согласование плана", "Сохранить план");
		HttpResponse<String> refused = director.postForm(page,
				plan("Подложная цель плана", "Подложная задача", today().plusMonths(1).toString()));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("Индивидуальный план составляют");
		assertThat(director.postForm(page + "/agreement", Map.of("mentorAgreedOn", today().toString(),
				"menteeAgreedOn", "")).statusCode()).isEqualTo(403);
		assertThat(versions(pair)).isEqualTo(before);

		PageClient other = PageClient.signIn(port, "curator-kindergarten", "demo");
		assertThat(other.get(page).statusCode()).isEqualTo(404);
		assertThat(other.getBytes(page + ".pdf").statusCode()).isEqualTo(404);
	}
}
