package ru.nastavnik.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.ApiCalls;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.PageClient;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.programme.Programme;

/**
 * The table of proposed pairs, a page of the workspace linked from the review task: it lists, sorts, filters and pages
 * the pairs on the server, makes the review task's changes in one transaction each (a refusal changes nothing and is
 * told in Russian next to its field), and keeps the rules of {@code /api/programmes/{id}/matching}: the auditor and
 * the director read, another organisation's people find nothing, a form without its CSRF token is refused, and every
 * minor named on the page is in the access log.
 */
@NastavnikTest
class ProposalPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	PairingDriver pairing;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApiCalls api;

	@Autowired
	TestRestTemplate rest;

	PairingDriver.School school;

	Programme programme;

	String page;

	@BeforeEach
	void matchTheSchool() {
		school = pairing.school();
		programme = school.programme();
		page = "/programmes/" + programme.getId() + "/pairs/proposal";
	}

	private Long pairOf(Participant mentee) {
		return jdbc.queryForObject("select id from mentoring_pair where mentee_id = ? and status = 'PROPOSED'",
				Long.class, mentee.getId());
	}

	private long pairRows() {
		return jdbc.queryForObject("select count(*) from mentoring_pair where programme_id = ?", Long.class,
				programme.getId());
	}

	private String statusOf(Long pairId) {
		return jdbc.queryForObject("select status from mentoring_pair where id = ?", String.class, pairId);
	}

	private long pageReads(Participant participant) {
		return jdbc.queryForObject("select count(*) from access_log where participant_id = ? and channel = 'PAGE'",
				Long.class, participant.getId());
	}

	/** The pairs' numbers in the order the table shows them. */
	private static List<Long> rows(HttpResponse<String> answer) {
		List<Long> rows = new ArrayList<>();
		Matcher row = Pattern.compile("<tr id=\"pair-(\\d+)\"").matcher(answer.body());
		while (row.find()) {
			rows.add(Long.valueOf(row.group(1)));
		}
		return rows;
	}

	@Test
	void shouldListSortAndFilterTheProposalAndLogTheReadOfMinors() {
		PageClient workgroup = PageClient.signIn(port, "workgroup-school3", "demo");
		assertThat(workgroup.get("/programmes/" + programme.getId()).body()).doesNotContain(page);
		pairing.startMatching(programme);
		assertThat(workgroup.get("/programmes/" + programme.getId()).body()).contains(page, "Предложенные пары");
		long readsBefore = pageReads(school.olympiad());

		HttpResponse<String> all = workgroup.get(page);
		assertThat(all.statusCode()).isEqualTo(200);
		assertThat(all.body()).contains("Предложенные пары (группы)", "Найдено пар: 3", "без наставника: 1",
				"ждут педагога-психолога: 1", "Орлов Олег Петрович", "Егорова Лариса Николаевна",
				"Кузнецова Анна Ильинична", "Соколов Денис Игоревич", "учитель – ученик", "работодатель – ученик",
				"выбор взаимный — 20", "Белов Иван Сергеевич", "все допустимые наставники (2) заняты", "Исключить",
				"Поменять наставников местами", "Добавить пару");
		Long olympiad = pairOf(school.olympiad());
		Long coder = pairOf(school.coder());
		Long special = pairOf(school.special());
		assertThat(rows(all)).containsExactly(olympiad, coder, special);
		assertThat(pageReads(school.olympiad())).isEqualTo(readsBefore + 1);
		assertThat(pageReads(school.child())).as("the mentee left alone is named too").isPositive();

		// sorted on the server: by the mentee's name, by the score from the highest, and back
		assertThat(rows(workgroup.get(page + "?sort=mentee"))).containsExactly(special, coder, olympiad);
		List<Long> byScore = jdbc.queryForList("select id from mentoring_pair where programme_id = ? and status = "
				+ "'PROPOSED' order by score desc, id", Long.class, programme.getId());
		HttpResponse<String> highest = workgroup.get(page + "?sort=score&dir=desc");
		assertThat(rows(highest)).containsExactlyElementsOf(byScore);
		assertThat(highest.body()).contains("aria-sort=\"descending\"",
				"href=\"/programmes/" + programme.getId() + "/pairs/proposal?sort=score\"");

		// filtered: by form, by mentor, by words of a name, by the state, by a range of scores
		assertThat(rows(workgroup.get(page + "?form=EMPLOYER_PUPIL"))).containsExactly(coder);
		assertThat(rows(workgroup.get(page + "?mentor=" + school.teacher().getId()))).containsExactly(olympiad,
				special);
		HttpResponse<String> found = workgroup.get(page + "?q=" + java.net.URLEncoder.encode("кузнецова",
				java.nio.charset.StandardCharsets.UTF_8));
		assertThat(rows(found)).containsExactly(coder);
		assertThat(found.body()).contains("Найдено пар: 1", "Сбросить отбор");
		assertThat(rows(workgroup.get(page + "?state=flagged"))).containsExactly(special);
		int top = jdbc.queryForObject("select max(score) from mentoring_pair where programme_id = ?", Integer.class,
				programme.getId());
		assertThat(rows(workgroup.get(page + "?scoreFrom=" + top + "&scoreTo=" + top))).containsExactly(byScore.get(0));

		// what cannot be read is told next to its field, and the rest of the table stays
		HttpResponse<String> wrong = workgroup.get(page + "?scoreFrom=много&scoreTo=5&form=TEACHER_PUPIL");
		assertThat(wrong.statusCode()).isEqualTo(422);
		assertThat(wrong.body()).contains("scoreFrom-error", "Оценка — целое число баллов не меньше 0");
		HttpResponse<String> reversed = workgroup.get(page + "?scoreFrom=50&scoreTo=10");
		assertThat(reversed.body()).contains("scoreTo-error", "Оценка «до» не может быть меньше оценки «от» (50)");
	}

	@Test
	void shouldChangeThePairsFromThePageAndRefuseABadChangeInRussianWritingNothing() {
		pairing.startMatching(programme);
		Long olympiad = pairOf(school.olympiad());
		Long coder = pairOf(school.coder());
		PageClient workgroup = PageClient.signIn(port, "workgroup-school3", "demo");
		workgroup.get(page + "?sort=score");

		// exclude a pair: back to the same table, with what was done
		HttpResponse<String> removed = workgroup.postForm(page + "/" + olympiad + "/removal?sort=score", Map.of());
		assertThat(removed.statusCode()).isEqualTo(302);
		assertThat(removed.headers().firstValue("Location").orElseThrow()).endsWith(page + "?sort=score");
		assertThat(statusOf(olympiad)).isEqualTo("REMOVED");
		HttpResponse<String> after = workgroup.get(page + "?sort=score");
		assertThat(after.body()).contains("Пара № " + olympiad + " исключена из предложения", "Найдено пар: 2",
				"пара № " + olympiad + " исключена рабочей группой");

		// a change the hard constraints refuse: the reason next to the form, what was chosen kept, nothing written
		long rowsBefore = pairRows();
		HttpResponse<String> ownChild = workgroup.postForm(page + "/additions", Map.of("menteeId",
				school.child().getId().toString(), "mentorId", school.parent().getId().toString()));
		assertThat(ownChild.statusCode()).isEqualTo(422);
		assertThat(ownChild.body()).contains("add-error", "родитель не может быть наставником своего ребёнка")
			.containsPattern("value=\"" + school.child().getId() + "\"\\s+selected");
		assertThat(pairRows()).isEqualTo(rowsBefore);

		// input the form cannot take: each reason next to its field
		HttpResponse<String> empty = workgroup.postForm(page + "/additions", Map.of("menteeId", "", "mentorId", ""));
		assertThat(empty.statusCode()).isEqualTo(422);
		assertThat(empty.body()).contains("menteeId-error", "Выберите наставляемого", "mentorId-error",
				"Выберите наставника");
		HttpResponse<String> samePair = workgroup.postForm(page + "/swap", Map.of("firstPairId", coder.toString(),
				"secondPairId", coder.toString()));
		assertThat(samePair.statusCode()).isEqualTo(422);
		assertThat(samePair.body()).contains("swap-error", "Для обмена укажите две разные пары");
		HttpResponse<String> notANumber = workgroup.postForm(page + "/swap", Map.of("firstPairId", "двенадцать",
				"secondPairId", ""));
		assertThat(notANumber.body()).contains("firstPairId-error", "Номер — целое число, например 12",
				"secondPairId-error", "Укажите номер второй пары");
		HttpResponse<String> missing = workgroup.postForm(page + "/" + (olympiad + 100_000) + "/psychologist", Map.of());
		assertThat(missing.statusCode()).isEqualTo(422);
		assertThat(missing.body()).contains("Пара № " + (olympiad + 100_000) + " не найдена в программе");
		HttpResponse<String> notProposed = workgroup.postForm(page + "/" + olympiad + "/removal", Map.of());
		assertThat(notProposed.statusCode()).isEqualTo(422);
		assertThat(notProposed.body()).contains("рабочая группа меняет только предложенные пары");
		assertThat(pairRows()).isEqualTo(rowsBefore);

		// the olympiad pupil back with the teacher, and the coder's pair to the psychologist
		HttpResponse<String> added = workgroup.postForm(page + "/additions", Map.of("menteeId",
				school.olympiad().getId().toString(), "mentorId", school.teacher().getId().toString()));
		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(workgroup.get(page).body()).contains("добавлена: «учитель – ученик»", "добавлена рабочей группой");
		assertThat(jdbc.queryForObject("select count(*) from mentoring_pair where mentee_id = ? and mentor_id = ? "
				+ "and status = 'PROPOSED' and source = 'WORKING_GROUP'", Long.class, school.olympiad().getId(),
				school.teacher().getId())).isEqualTo(1);
		assertThat(workgroup.postForm(page + "/" + coder + "/psychologist", Map.of()).statusCode()).isEqualTo(302);
		assertThat(jdbc.queryForObject("select flagged from mentoring_pair where id = ?", Boolean.class, coder))
			.isTrue();

		// a form without its CSRF token is refused and changes nothing
		HttpResponse<String> forged = workgroup.postFormAsIs(page + "/" + coder + "/removal", Map.of());
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(statusOf(coder)).isEqualTo("PROPOSED");
	}

	@Test
	void shouldLetTheAuditorAndTheDirectorReadOnlyAndHideTheProposalFromAnotherOrganisation() {
		pairing.startMatching(programme);
		Long coder = pairOf(school.coder());

		PageClient auditor = PageClient.signIn(port, "auditor", "demo");
		HttpResponse<String> read = auditor.get(page);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.body()).contains("Кузнецова Анна Ильинична", "Найдено пар: 3")
			.doesNotContain("/removal", "/psychologist", "Поменять наставников местами", "Добавить пару");
		HttpResponse<String> refused = auditor.postForm(page + "/" + coder + "/removal", Map.of());
		ResponseEntity<String> throughApi = api.call("auditor", HttpMethod.DELETE,
				"/api/programmes/" + programme.getId() + "/matching/pairs/" + coder, null);
		assertThat(refused.statusCode()).isEqualTo(throughApi.getStatusCode().value()).isEqualTo(403);
		assertThat(refused.body()).contains("Вашей роли это действие с наставническими парами и приказами о них недоступно");
		assertThat(statusOf(coder)).isEqualTo("PROPOSED");

		PageClient director = PageClient.signIn(port, "director-school3", "demo");
		assertThat(director.get(page).body()).contains("Кузнецова Анна Ильинична").doesNotContain("/removal");

		PageClient stranger = PageClient.signIn(port, "curator-kindergarten", "demo");
		HttpResponse<String> hidden = stranger.get(page);
		assertThat(hidden.statusCode()).isEqualTo(404);
		assertThat(hidden.body()).contains("Не найдено").doesNotContain("Кузнецова");
		assertThat(rest.withBasicAuth("curator-kindergarten", "demo")
			.getForEntity("/api/programmes/" + programme.getId() + "/matching", String.class).getStatusCode().value())
			.isEqualTo(404);
		assertThat(stranger.postForm(page + "/" + coder + "/removal", Map.of()).statusCode()).isEqualTo(404);
		assertThat(statusOf(coder)).isEqualTo("PROPOSED");
	}

	@Test
	void shouldShowAHundredPairsAPage() {
		pairing.startMatching(programme);
		// a municipal-size proposal: many more pairs of the same people, enough for a second page
		for (int i = 0; i < ProposalPages.PAGE_SIZE; i++) {
			jdbc.update("insert into mentoring_pair (programme_id, mentor_id, mentee_id, form, status, source, score, "
					+ "requests_score, form_score, preference_score, compatibility_score, explanation, flagged, "
					+ "proposed_by, proposed_at) values (?, ?, ?, 'TEACHER_PUPIL', 'PROPOSED', 'SOLVER', ?, 0, 0, 0, 0, "
					+ "'Итого', false, 'test', current_timestamp)", programme.getId(), school.teacher().getId(),
					school.child().getId(), i);
		}
		PageClient workgroup = PageClient.signIn(port, "workgroup-school3", "demo");
		HttpResponse<String> first = workgroup.get(page + "?sort=score&dir=desc");
		assertThat(first.body()).contains("Найдено пар: " + (ProposalPages.PAGE_SIZE + 3), "Страница 1 из 2",
				"Следующие");
		assertThat(rows(first)).hasSize(ProposalPages.PAGE_SIZE);
		HttpResponse<String> second = workgroup.get(page + "?sort=score&dir=desc&page=1");
		assertThat(second.body()).contains("Страница 2 из 2", "Предыдущие",
				"href=\"/programmes/" + programme.getId() + "/pairs/proposal?sort=score&amp;dir=desc\"");
		List<Long> lowest = rows(second);
		assertThat(lowest).hasSize(3);
		assertThat(jdbc.queryForList("select score from mentoring_pair where id in (" + lowest.get(0) + ", "
				+ lowest.get(2) + ") order by score desc", Integer.class)).containsExactly(2, 0);
	}
}
