package ru.nastavnik.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.PageClient;
import ru.nastavnik.engine.TaskForms;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.StageOneDriver;
import ru.nastavnik.programme.StepRecord;

/**
 * The feedback of the pairs (step 24): the round opens with one link per participant of an active pair (a minor's to
 * the legal representative); a link answers once, is refused a second time, after it expires, once the round is
 * closed, when it is malformed or unknown, and when it is not its organisation's — each time with a Russian page and
 * nothing written; the step's form shows the live figures, and closes with them, never with no answer and no reason.
 */
@NastavnikTest
class FeedbackTests {

	@LocalServerPort
	int port;

	@Autowired
	FeedbackDriver feedback;

	@Autowired
	StageOneDriver driver;

	@Autowired
	TaskForms taskForms;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ru.nastavnik.consent.ConsentRevocation revocation;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	private static Map<String, String> answers(String pairWork) {
		Map<String, String> answers = new HashMap<>(Map.of("regularity", "4", "usefulness", "5", "relationship",
				"5", "whatWorked", "Разобрали олимпиадные задачи прошлых лет", "whatToChange",
				"Встречаться не в пятницу"));
		if (pairWork != null) {
			answers.put("pairWork", pairWork);
		}
		return answers;
	}

	private int answersOf(Long roundId) {
		return jdbc.queryForObject("select count(*) from feedback_answer where round_id = ?", Integer.class, roundId);
	}

	private String shown(Task task, String field) {
		return String.valueOf(taskForms.shown(task.getId()).get(field));
	}

	@Test
	void shouldCollectAnswersOnceEachAndCloseTheStepWithTheFigures() {
		Programme programme = feedback.programmeAtNovemberFeedback();
		Task task = feedback.task(programme);
		assertThat(shown(task, FeedbackSteps.FIGURES)).contains("ещё не разосланы");

		feedback.openRound(programme);
		Long round = feedback.roundId(programme);
		int pairs = jdbc.queryForObject("select count(*) from mentoring_pair where programme_id = ? and status ="
				+ " 'ACTIVE'", Integer.class, programme.getId());
		int people = jdbc.queryForObject("select count(distinct participant_id) from (select mentor_id participant_id"
				+ " from mentoring_pair where programme_id = ? and status = 'ACTIVE' union select mentee_id from"
				+ " mentoring_pair where programme_id = ? and status = 'ACTIVE') t", Integer.class, programme.getId(),
				programme.getId());
		assertThat(pairs).isPositive();
		List<String> links = feedback.openLinks(programme);
		assertThat(links).hasSize(people);
		// a minor's link went to the legal representative, with a word on whose answers these are
		assertThat(jdbc.queryForList("select m.body from feedback_request r join outbox_message m on m.id ="
				+ " r.outbox_message_id where r.round_id = ? and r.respondent_role = 'MENTEE'", String.class, round))
			.isNotEmpty()
			.allSatisfy(body -> assertThat(body).contains("законный представитель", "Петрова Мария Ивановна",
					"один ответ"));
		assertThat(shown(task, FeedbackSteps.FIGURES)).contains("Анкет выдано: " + people + ", ответили: 0 (0 %)");

		// closing with no answer needs a reason
		assertThatThrownBy(() -> driver.submit(programme, FeedbackSteps.NOVEMBER, "workgroup-school3", Map.of()))
			.hasMessageContaining("Ответов пока нет")
			.hasMessageContaining("Причина, по которой ответов нет");

		// the first link: the questionnaire, a wrong submission refused with nothing written, then answered once
		String link = links.get(0);
		PageClient person = new PageClient(port);
		HttpResponse<String> page = person.get(link);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Обратная связь о работе пары", "<fieldset", "<legend",
				"Насколько вы довольны работой вашей пары в целом?", "Что стоит изменить?");
		HttpResponse<String> wrong = person.postForm(link, answers(null));
		assertThat(wrong.statusCode()).isEqualTo(422);
		assertThat(wrong.body()).contains("Выберите оценку от 1 до 5: «Насколько вы довольны работой вашей пары в целом?»");
		assertThat(answersOf(round)).isZero();
		HttpResponse<String> answered = person.postForm(link, answers("4"));
		assertThat(answered.statusCode()).isEqualTo(200);
		assertThat(answered.body()).contains("Спасибо! Ваши ответы записаны.");
		assertThat(answersOf(round)).isEqualTo(1);

		// a second time: refused, on the page and on submission, nothing more written; the mail's link is erased
		HttpResponse<String> again = new PageClient(port).get(link);
		assertThat(again.statusCode()).isEqualTo(410);
		assertThat(again.body()).contains("По этой ссылке уже ответили");
		PageClient twice = new PageClient(port);
		twice.get(links.get(1));
		assertThat(twice.postForm(link, answers("1")).statusCode()).isEqualTo(410);
		assertThat(answersOf(round)).isEqualTo(1);
		assertThat(feedback.openLinks(programme)).hasSize(people - 1).doesNotContain(link);

		// the form shows the live figures and the open answers; one answer's scores would be a person's: no means
		assertThat(shown(task, FeedbackSteps.FIGURES)).contains("Анкет выдано: " + people + ", ответили: 1 (",
				"Средние не показываются: ответов меньше 5").doesNotContain("работа пары — 4,0");
		assertThat(shown(task, FeedbackSteps.SUMMARY)).contains("Разобрали олимпиадные задачи прошлых лет",
				"Встречаться не в пятницу");

		// after the due date a link is refused
		String late = links.get(1);
		Date now = ClockUtil.getCurrentTime();
		ClockUtil.setCurrentTime(Date.from(task.getDueDate().toInstant().plus(Duration.ofMinutes(1))));
		HttpResponse<String> expired = new PageClient(port).get(late);
		assertThat(expired.statusCode()).isEqualTo(410);
		assertThat(expired.body()).contains("Срок ответа по этой ссылке истёк");
		ClockUtil.setCurrentTime(now);

		// the working group closes the step: the record carries the figures, the round's links are closed
		driver.submit(programme, FeedbackSteps.NOVEMBER, "workgroup-school3", Map.of(FeedbackSteps.CONCLUSION,
				"Пары довольны работой; перенести встречи с пятницы"));
		StepRecord record = driver.stepRecords(programme).stream()
			.filter(step -> step.getStep().equals(FeedbackSteps.NOVEMBER)).findFirst().orElseThrow();
		assertThat(record.isHeld()).isTrue();
		assertThat(record.getParticipantCount()).isEqualTo(1);
		assertThat(record.getMaterials()).contains("Анкет выдано: " + people + ", ответили: 1 (",
				"Средние не показываются: ответов меньше 5", "Выводы рабочей группы: Пары довольны работой");
		assertThat(jdbc.queryForObject("select sent from feedback_round where id = ?", Integer.class, round))
			.isEqualTo(people);
		HttpResponse<String> closed = new PageClient(port).get(late);
		assertThat(closed.statusCode()).isEqualTo(410);
		assertThat(closed.body()).contains("Сбор обратной связи уже завершён");
	}

	@Test
	void shouldRefuseMalformedUnknownAndAnotherOrganisationsLinks() {
		Programme programme = feedback.programmeAtNovemberFeedback();
		feedback.openRound(programme);
		Long round = feedback.roundId(programme);

		HttpResponse<String> malformed = new PageClient(port).get("/feedback/not-a-link");
		assertThat(malformed.statusCode()).isEqualTo(404);
		assertThat(malformed.body()).contains("Ссылка на анкету не найдена");
		String unknown = "/feedback/" + "A".repeat(43);
		assertThat(new PageClient(port).get(unknown).statusCode()).isEqualTo(404);
		PageClient poster = new PageClient(port);
		// the page's CSRF token comes from a questionnaire that opens
		poster.get(feedback.openLinks(programme).get(0));
		assertThat(poster.postForm(unknown, answers("5")).statusCode()).isEqualTo(404);

		// a request recorded for another organisation than its round's: its link opens nothing there
		String token = "B".repeat(43);
		Long kindergarten = jdbc.queryForObject("select id from organisation where tenant_id = 'kindergarten'",
				Long.class);
		jdbc.update("insert into feedback_request (round_id, organisation_id, respondent_role, token_hash, expires_at)"
				+ " values (?, ?, 'MENTOR', ?, ?)", round, kindergarten, Feedback.hash(token),
				java.sql.Timestamp.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(10))));
		PageClient other = new PageClient(port);
		other.get(feedback.openLinks(programme).get(0));
		HttpResponse<String> foreign = other.get("/feedback/" + token);
		assertThat(foreign.statusCode()).isEqualTo(404);
		assertThat(foreign.body()).contains("Ссылка на анкету не найдена");
		assertThat(other.postForm("/feedback/" + token, answers("5")).statusCode()).isEqualTo(404);
		assertThat(answersOf(round)).isZero();
	}

	@Test
	void shouldForgetAParticipantsLinksAndWordsWhenTheConsentIsRevoked() {
		Programme programme = feedback.programmeAtNovemberFeedback();
		feedback.openRound(programme);
		Long round = feedback.roundId(programme);
		List<Map<String, Object>> requests = jdbc.queryForList("select r.id, r.participant_id, m.body from"
				+ " feedback_request r join outbox_message m on m.id = r.outbox_message_id where r.round_id = ?"
				+ " order by r.id", round);
		Long answering = ((Number) requests.get(0).get("participant_id")).longValue();
		Long silent = ((Number) requests.get(1).get("participant_id")).longValue();
		String link = FeedbackDriver.link((String) requests.get(0).get("body"));
		PageClient person = new PageClient(port);
		person.get(link);
		assertThat(person.postForm(link, answers("3")).statusCode()).isEqualTo(200);

		for (Long participant : List.of(answering, silent)) {
			Long consent = jdbc.queryForList("select id from consent where participant_id = ? order by id", Long.class,
					participant).get(0);
			revocation.revoke(consent, null, "curator-school3");
		}

		// the one who answered: the scores stay without a name, the words are gone; the other's link is gone
		assertThat(jdbc.queryForList("select participant_id from feedback_request where round_id = ? and"
				+ " participant_id in (?, ?)", Long.class, round, answering, silent)).isEmpty();
		assertThat(jdbc.queryForMap("select (select score from feedback_answer_score s where s.answer_id = a.id and"
				+ " s.question = 'pairWork') as pair_work, a.what_worked, a.what_to_change from feedback_answer a where"
				+ " a.round_id = ?", round)).containsEntry("PAIR_WORK", 3).containsEntry("WHAT_WORKED", null)
			.containsEntry("WHAT_TO_CHANGE", null);
		assertThat(jdbc.queryForObject("select count(*) from feedback_request where id = ?", Integer.class,
				requests.get(1).get("id"))).isZero();
		assertThat(new PageClient(port).get(FeedbackDriver.link((String) requests.get(1).get("body"))).statusCode())
			.isIn(404, 410);
	}

	@Test
	void shouldHaveClosedTheDemosNovemberRoundWithItsFigures() {
		Long programme = jdbc.queryForObject("select p.id from programme p join organisation o on o.id ="
				+ " p.organisation_id where o.tenant_id = 'school3' and p.academic_year = '2026/2027'", Long.class);
		Map<String, Object> round = jdbc.queryForMap("select sent, answered, closed_at from feedback_round where"
				+ " programme_id = ? and step = ?", programme, FeedbackSteps.NOVEMBER);
		assertThat((Integer) round.get("sent")).isPositive();
		assertThat((Integer) round.get("answered")).isPositive();
		assertThat(round.get("closed_at")).isNotNull();
		assertThat(jdbc.queryForObject("select materials from step_record where programme_id = ? and step = ?",
				String.class, programme, FeedbackSteps.NOVEMBER)).contains("Анкет выдано: " + round.get("sent"),
						"Средние оценки из 5");
	}
}
