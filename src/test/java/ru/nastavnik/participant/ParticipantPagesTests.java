package ru.nastavnik.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.PageClient;
import ru.nastavnik.participant.ParticipantInput.NewParticipant;
import ru.nastavnik.participant.ParticipantInput.Representative;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.StageOneDriver;
import ru.nastavnik.roster.ImportBenchmarkNames;

/**
 * The participants' pages: the programme's list with its filters, the card, and the same rules as
 * {@code /api/participants} — a role that does not read persons is refused with the same reason, another
 * organisation's participant reads as a missing one, and every read of a minor's record on a page is logged.
 */
@NastavnikTest
class ParticipantPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StageOneDriver stageOne;

	@Autowired
	Enrolment enrolment;

	private Long demoProgramme() {
		return jdbc.queryForObject("select p.id from programme p join organisation o on o.id = p.organisation_id"
				+ " where o.tenant_id = 'school3' and p.academic_year = '2026/2027'", Long.class);
	}

	private Long participant(String fullName) {
		return jdbc.queryForObject("select pa.id from participant pa join person pe on pe.id = pa.person_id"
				+ " where pe.full_name = ?", Long.class, fullName);
	}

	private long pageReads(Long participantId) {
		return jdbc.queryForObject("select count(*) from access_log where participant_id = ? and channel = 'PAGE'",
				Long.class, participantId);
	}

	@Test
	void shouldListAndFilterTheProgrammesParticipantsAndLogTheReadOfMinors() {
		Long programme = demoProgramme();
		Long minor = participant("Козлов Артём Игоревич");
		long before = pageReads(minor);
		PageClient curator = PageClient.signIn(port, "curator-school3", "demo");

		HttpResponse<String> all = curator.get("/programmes/" + programme + "/participants");
		assertThat(all.statusCode()).isEqualTo(200);
		// the demo school in December: six pupils and five mentors, all with their consents
		assertThat(all.body()).contains("Участники программы", "Козлов Артём Игоревич", "несовершеннолетний",
				"Найдено участников: 11");
		assertThat(all.body().split("<head>", -1)).as("one head").hasSize(2);
		assertThat(pageReads(minor)).isEqualTo(before + 1);

		HttpResponse<String> withConsent = curator.get("/programmes/" + programme + "/participants?consent=true");
		assertThat(withConsent.body()).contains("Найдено участников: 11", "Козлов Артём Игоревич");
		HttpResponse<String> withoutConsent = curator.get("/programmes/" + programme + "/participants?consent=false");
		assertThat(withoutConsent.body()).doesNotContain("Козлов Артём Игоревич");
		long mentorCount = jdbc.queryForObject("select count(*) from participant where programme_id = ? and role = 'MENTOR'",
				Long.class, programme);
		HttpResponse<String> mentors = curator.get("/programmes/" + programme + "/participants?role=MENTOR");
		assertThat(mentors.body()).contains("Найдено участников: " + mentorCount);
	}

	@Test
	void shouldShowTheCardWithItsConsentBlanksAndLogTheReadOfAMinor() {
		Long minor = participant("Козлов Артём Игоревич");
		long before = pageReads(minor);
		PageClient curator = PageClient.signIn(port, "curator-school3", "demo");
		HttpResponse<String> card = curator.get("/participants/" + minor);
		assertThat(card.statusCode()).isEqualTo(200);
		// his legal representative signed both consents in September: to processing and to publication
		assertThat(card.body()).contains("Козлов Артём Игоревич", "Законный представитель",
				"Козлова Елена Николаевна", "Бланк для печати и подписи", "действует", "Журнал согласий 2026/2027",
				"/api/participants/" + minor + "/consent-form.pdf?purpose=PROCESSING", "Отозвать…");
		assertThat(card.body().split("<head>", -1)).as("one head").hasSize(2);
		assertThat(pageReads(minor)).isEqualTo(before + 1);
		// the blank opens in the same session
		HttpResponse<String> blank = curator.get("/api/participants/" + minor + "/consent-form.pdf?purpose=PROCESSING");
		assertThat(blank.statusCode()).isEqualTo(200);
		assertThat(blank.headers().firstValue("Content-Type")).hasValue("application/pdf");

		// the psychologist reads the card but changes nothing
		HttpResponse<String> read = PageClient.signIn(port, "psychologist-school3", "demo").get("/participants/" + minor);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.body()).contains("Козлов Артём Игоревич").doesNotContain("Отозвать…");
	}

	@Test
	void shouldRefuseOnThePageAsTheApiDoes() {
		Long minor = participant("Козлов Артём Игоревич");
		long deniedBefore = jdbc.queryForObject("select count(*) from access_log where participant_id = ? "
				+ "and channel = 'PAGE' and result = 'DENIED'", Long.class, minor);

		// the auditor reads acts and statistics, not persons: the same reason on the page and through the API
		HttpResponse<String> page = PageClient.signIn(port, "auditor", "demo").get("/participants/" + minor);
		ResponseEntity<String> api = rest.withBasicAuth("auditor", "demo").getForEntity("/api/participants/" + minor,
				String.class);
		assertThat(page.statusCode()).isEqualTo(api.getStatusCode().value()).isIn(403, 404);
		String reason = page.statusCode() == 403 ? "Вашей роли недоступны персональные данные участников программы"
				: "Участник " + minor + " не найден";
		assertThat(page.body()).contains(reason).doesNotContain("Козлов Артём");
		assertThat(api.getBody()).contains(reason);

		// another organisation's curator: a missing participant, on the page as through the API, and logged as refused
		HttpResponse<String> other = PageClient.signIn(port, "curator-kindergarten", "demo").get("/participants/" + minor);
		assertThat(other.statusCode()).isEqualTo(404);
		assertThat(other.body()).contains("Участник " + minor + " не найден").doesNotContain("Козлов Артём");
		assertThat(rest.withBasicAuth("curator-kindergarten", "demo")
			.getForEntity("/api/participants/" + minor, String.class).getStatusCode().value()).isEqualTo(404);
		assertThat(jdbc.queryForObject("select count(*) from access_log where participant_id = ? "
				+ "and channel = 'PAGE' and result = 'DENIED'", Long.class, minor)).isGreaterThan(deniedBefore);
	}

	@Test
	void shouldAddAParticipantFromTheFormWithEachReasonNextToItsField() {
		Programme programme = stageOne.startSchoolProgramme();
		int year = programme.getStartsOn().getYear();
		String form = "/programmes/" + programme.getId() + "/participants";
		PageClient curator = PageClient.signIn(port, "curator-school3", "demo");
		assertThat(curator.get(form + "/new").body()).contains("Добавить участника", "Законный представитель");

		HttpResponse<String> empty = curator.postForm(form, Map.of("fullName", "", "birthDate", ""));
		assertThat(empty.statusCode()).isEqualTo(422);
		assertThat(empty.body()).contains("Исправьте отмеченные поля", "fullName-error", "Укажите ФИО участника",
				"Укажите дату рождения участника");

		HttpResponse<String> minorAlone = curator.postForm(form, Map.of("fullName", "Формина Алиса Игоревна",
				"birthDate", (year - 12) + "-03-04", "role", "MENTEE", "classOrPosition", "6 «А»"));
		assertThat(minorAlone.statusCode()).isEqualTo(422);
		assertThat(minorAlone.body()).contains("укажите законного представителя", "Формина Алиса Игоревна", "6 «А»");

		HttpResponse<String> added = curator.postForm(form, Map.of("fullName", "Формина Алиса Игоревна",
				"birthDate", (year - 12) + "-03-04", "role", "MENTEE", "classOrPosition", "6 «А»",
				"representativeName", "Формина Ирина Сергеевна", "representativeEmail", "formina@example.ru"));
		assertThat(added.statusCode()).isEqualTo(302);
		String card = added.headers().firstValue("Location").orElseThrow();
		assertThat(curator.get(card.substring(card.indexOf("/participants/"))).body()).contains("Участник добавлен",
				"Формина Алиса Игоревна", "Формина Ирина Сергеевна", "ожидается согласие на обработку персональных данных");

		// the psychologist reads participants but does not add them
		HttpResponse<String> refused = PageClient.signIn(port, "psychologist-school3", "demo").get(form + "/new");
		assertThat(refused.statusCode()).isEqualTo(403);
	}

	@Test
	void shouldShowALongListByPagesAndLogOnlyTheMinorsShown() {
		Programme programme = stageOne.startSchoolProgramme();
		LocalDate startsOn = programme.getStartsOn();
		List<NewParticipant> pupils = new ArrayList<>();
		for (int i = 0; i < ParticipantPages.PAGE_SIZE + 20; i++) {
			pupils.add(new NewParticipant("Страницын " + ImportBenchmarkNames.name(i), startsOn.minusYears(12).minusDays(i),
					"6 «В»", ParticipantRole.MENTEE, null, null, new Representative("Родитель Страницына", null, null)));
		}
		enrolment.enrolAll(programme, pupils, "curator-school3", written -> {
		});
		String list = "/programmes/" + programme.getId() + "/participants";
		long logged = jdbc.queryForObject("select count(*) from access_log a join participant p on p.id = a.participant_id"
				+ " where p.programme_id = ? and a.channel = 'PAGE'", Long.class, programme.getId());
		PageClient curator = PageClient.signIn(port, "curator-school3", "demo");
		HttpResponse<String> first = curator.get(list);
		assertThat(first.body()).contains("Найдено участников: " + (ParticipantPages.PAGE_SIZE + 20),
				"Страница 1 из 2", "Следующие");
		assertThat(jdbc.queryForObject("select count(*) from access_log a join participant p on p.id = a.participant_id"
				+ " where p.programme_id = ? and a.channel = 'PAGE'", Long.class, programme.getId()))
			.isEqualTo(logged + ParticipantPages.PAGE_SIZE);
		HttpResponse<String> second = curator.get(list + "?page=1");
		assertThat(second.body()).contains("Страница 2 из 2", "Предыдущие");
		assertThat(second.body().split("href=\"/participants/").length - 1).isEqualTo(20);
	}
}
