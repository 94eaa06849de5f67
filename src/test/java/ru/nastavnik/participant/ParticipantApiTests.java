package ru.nastavnik.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import ru.nastavnik.ApiCalls;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.document.PrintedPdf;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.StageOneDriver;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/** {@code /api/participants}, {@code /api/consents} and {@code /api/erasure-acts} as their clients use them. */
@NastavnikTest
class ParticipantApiTests {

	@Autowired
	ApiCalls api;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ObjectMapper json;

	@Autowired
	StageOneDriver stageOne;

	@Autowired
	ParticipantDriver driver;

	@Autowired
	Participants participants;

	@Autowired
	AccessLogEntries accessLog;

	@Autowired
	RuntimeService runtimeService;

	Programme programme;

	@BeforeEach
	void startProgramme() {
		programme = stageOne.startSchoolProgramme();
		ParticipantDriver.setToday(LocalDate.of(programme.getStartsOn().getYear(), 9, 5));
	}

	private ResponseEntity<String> call(String login, HttpMethod method, String path, String body) {
		return api.call(login, method, path, body);
	}

	private JsonNode problem(ResponseEntity<String> response, HttpStatus status) throws Exception {
		return api.problem(response, status);
	}

	private String pupil(String name, String representative) {
		return """
				{"programmeId": %d, "fullName": "%s", "birthDate": "%s", "classOrPosition": "7 «Б»",
				 "role": "MENTEE"%s}""".formatted(programme.getId(), name, programme.getStartsOn().minusYears(13),
				representative == null ? "" : ", \"representative\": {\"fullName\": \"" + representative + "\"}");
	}

	private long participantCount() {
		return participants.findByProgrammeIdOrderById(programme.getId()).size();
	}

	@Test
	void shouldAddAMinorWithTheRepresentativeAndStartTheirEnrolment() throws Exception {
		ResponseEntity<String> response = call("curator-school3", HttpMethod.POST, "/api/participants",
				pupil("Волков Никита Андреевич", "Волкова Анна Сергеевна"));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		JsonNode created = json.readTree(response.getBody());
		assertThat(created.get("minor").asBoolean()).isTrue();
		assertThat(created.get("statusTitle").asText()).isEqualTo("ожидается согласие на обработку персональных данных");
		Participant participant = participants.findById(created.get("id").asLong()).orElseThrow();
		assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(participant.getProcessInstanceId())
			.singleResult()).isWaitingAt(EnrolmentProcess.RECORD_CONSENT);
	}

	@Test
	void shouldAnswerBadInputWithRussianProblemsAndWriteNothing() throws Exception {
		long before = participantCount();

		JsonNode invalid = problem(call("curator-school3", HttpMethod.POST, "/api/participants",
				"{\"programmeId\": " + programme.getId() + ", \"fullName\": \"X1\", \"email\": \"не почта\"}"),
				HttpStatus.BAD_REQUEST);
		assertThat(invalid.get("detail").asText()).contains("ФИО участника: только буквы", "Укажите дату рождения",
				"Укажите роль участника", "Адрес электронной почты указан неверно");

		JsonNode minorAlone = problem(call("curator-school3", HttpMethod.POST, "/api/participants",
				pupil("Сергеев Олег Петрович", null)), HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(minorAlone.get("detail").asText()).contains("укажите законного представителя");

		assertThat(call("curator-school3", HttpMethod.POST, "/api/participants",
				pupil("Сергеев Олег Петрович", "Сергеева Ольга Ивановна")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
		JsonNode duplicate = problem(call("curator-school3", HttpMethod.POST, "/api/participants",
				pupil("сергеев  олег петрович", "Сергеева Ольга Ивановна")), HttpStatus.CONFLICT);
		assertThat(duplicate.get("detail").asText()).contains("уже есть в программе");

		assertThat(participantCount()).isEqualTo(before + 1);
	}

	@Test
	void shouldAcceptAQuestionnaireOnlyTogetherWithTheWrittenConsent() throws Exception {
		long before = participantCount();
		String person = """
				{"programmeId": %d, "fullName": "Новикова Елена Игоревна", "birthDate": "1995-03-04",
				 "classOrPosition": "учитель истории", "role": "MENTEE"}""".formatted(programme.getId());
		String mentee = "{\"category\": \"YOUNG_TEACHER\", \"requests\": \"Классное руководство\"}";

		JsonNode refused = problem(call("curator-school3", HttpMethod.POST, "/api/participants/questionnaires",
				"{\"participant\": " + person + ", \"mentee\": " + mentee + "}"), HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(refused.get("detail").asText()).contains("только вместе с письменным согласием");
		assertThat(participantCount()).isEqualTo(before);

		ResponseEntity<String> accepted = call("curator-school3", HttpMethod.POST, "/api/participants/questionnaires",
				"{\"participant\": " + person + ", \"mentee\": " + mentee + ", \"consent\": {\"receivedOn\": \""
						+ ParticipantDriver.today() + "\", \"validUntil\": \"" + ParticipantDriver.today().plusYears(1)
						+ "\", \"paperReference\": \"Журнал № 12\"}}");
		assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		Participant participant = participants.findById(json.readTree(accepted.getBody()).get("id").asLong())
			.orElseThrow();
		assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(participant.getProcessInstanceId())
			.singleResult()).isWaitingAt(EnrolmentProcess.COLLECT_THIRD_PARTY_INFORMATION)
			.hasNotPassed(EnrolmentProcess.RECORD_CONSENT, EnrolmentProcess.FILL_QUESTIONNAIRE);
	}

	@Test
	void shouldCompleteTheWaitingConsentTaskWhenTheConsentIsRecordedThroughTheApi() throws Exception {
		Participant teacher = driver.adult(programme, "Фролова Алла Борисовна", ParticipantRole.MENTEE);

		ResponseEntity<String> response = call("curator-school3", HttpMethod.POST, "/api/consents", """
				{"participantId": %d, "purpose": "PROCESSING", "receivedOn": "%s", "validUntil": "%s",
				 "paperReference": "Журнал согласий № 3"}""".formatted(teacher.getId(), ParticipantDriver.today(),
				ParticipantDriver.today().plusYears(1)));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(json.readTree(response.getBody()).get("number").asText()).startsWith("С-");
		assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(teacher.getProcessInstanceId())
			.singleResult()).isWaitingAt(EnrolmentProcess.FILL_QUESTIONNAIRE);
		assertThat(driver.reload(teacher).getStatus()).isEqualTo(ParticipantStatus.AWAITING_QUESTIONNAIRE);
	}

	@Test
	void shouldKeepParticipantsWithinTheirOrganisationAndRole() throws Exception {
		Participant pupil = driver.minor(programme, "Орехов Глеб Ильич", ParticipantRole.MENTEE);

		problem(call("curator-kindergarten", HttpMethod.GET, "/api/participants/" + pupil.getId(), null),
				HttpStatus.NOT_FOUND);
		problem(call("curator-kindergarten", HttpMethod.GET, "/api/participants?programmeId=" + programme.getId(),
				null), HttpStatus.NOT_FOUND);
		problem(call("curator-kindergarten", HttpMethod.POST, "/api/participants", pupil("Чужой Иван Иванович",
				"Чужая Анна Ивановна")), HttpStatus.NOT_FOUND);
		JsonNode auditor = problem(call("auditor", HttpMethod.GET, "/api/participants/" + pupil.getId(), null),
				HttpStatus.FORBIDDEN);
		assertThat(auditor.get("detail").asText()).contains("недоступны персональные данные");
		problem(call("psychologist-school3", HttpMethod.POST, "/api/participants", pupil("Лишний Иван Иванович",
				"Лишняя Анна Ивановна")), HttpStatus.FORBIDDEN);
		assertThat(call("psychologist-school3", HttpMethod.GET, "/api/participants/" + pupil.getId(), null)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void shouldLogEveryReadOfAMinorsRecordWithoutTheData() throws Exception {
		Participant pupil = driver.minor(programme, "Журавлёв Марк Олегович", ParticipantRole.MENTEE);
		Participant adult = driver.adult(programme, "Ткачёва Инна Львовна", ParticipantRole.MENTOR);

		ResponseEntity<String> read = call("curator-school3", HttpMethod.GET, "/api/participants/" + pupil.getId(),
				null);
		assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode card = json.readTree(read.getBody());
		assertThat(card.at("/person/fullName").asText()).isEqualTo("Журавлёв Марк Олегович");
		assertThat(card.at("/legalRepresentative/fullName").asText()).isEqualTo("Петрова Мария Ивановна");
		call("curator-kindergarten", HttpMethod.GET, "/api/participants/" + pupil.getId(), null);
		call("curator-school3", HttpMethod.GET, "/api/participants/" + adult.getId(), null);

		List<AccessLogEntry> entries = accessLog.findByParticipantIdOrderById(pupil.getId());
		assertThat(entries).extracting(AccessLogEntry::getLogin, AccessLogEntry::getResult)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("curator-school3", "GRANTED"),
					org.assertj.core.groups.Tuple.tuple("curator-kindergarten", "DENIED"));
		assertThat(entries).allSatisfy(entry -> {
			assertThat(entry.getChannel()).isEqualTo("API");
			assertThat(entry.getResource()).isEqualTo("GET /api/participants/" + pupil.getId())
				.doesNotContain("Журавлёв");
		});
		assertThat(accessLog.findByParticipantIdOrderById(adult.getId())).isEmpty();

		JsonNode log = json.readTree(call("director-school3", HttpMethod.GET,
				"/api/participants/" + pupil.getId() + "/access-log", null).getBody());
		assertThat(log).hasSize(2);
		problem(call("curator-school3", HttpMethod.GET, "/api/participants/" + pupil.getId() + "/access-log", null),
				HttpStatus.FORBIDDEN);
	}

	@Test
	void shouldLogTheListReadOfEachMinorAndNotOfAdults() throws Exception {
		Participant pupil = driver.minor(programme, "Спискова Ася Романовна", ParticipantRole.MENTEE);
		Participant adult = driver.adult(programme, "Спискова Вера Павловна", ParticipantRole.MENTOR);

		JsonNode list = json.readTree(call("workgroup-school3", HttpMethod.GET,
				"/api/participants?programmeId=" + programme.getId(), null).getBody());

		assertThat(list.findValuesAsText("name")).contains("Спискова Ася Романовна", "Спискова Вера Павловна");
		assertThat(accessLog.findByParticipantIdOrderById(pupil.getId()))
			.extracting(AccessLogEntry::getLogin, AccessLogEntry::getChannel, AccessLogEntry::getResource,
					AccessLogEntry::getTenantId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("workgroup-school3", "API",
					"GET /api/participants?programmeId=" + programme.getId(), "school3"));
		assertThat(accessLog.findByParticipantIdOrderById(adult.getId())).isEmpty();
	}

	@Test
	void shouldLogTheReadsOfAMinorsTaskFormThroughTheEngineRestApi() throws Exception {
		Participant pupil = driver.minor(programme, "Формов Лев Ильич", ParticipantRole.MENTEE);
		String taskId = driver.task(pupil, EnrolmentProcess.RECORD_CONSENT).getId();

		ResponseEntity<String> form = call("workgroup-school3", HttpMethod.GET,
				"/engine-rest/task/" + taskId + "/form-variables", null);
		assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
		// the name is read from the participant's record for the form, never kept in the engine
		assertThat(json.readTree(form.getBody()).at("/participantName/value").asText()).isEqualTo("Формов Лев Ильич");
		assertThat(json.readTree(form.getBody()).at("/consentSigner/value").asText())
			.isEqualTo("законный представитель: Петрова Мария Ивановна");
		assertThat(call("curator-kindergarten", HttpMethod.GET, "/engine-rest/task/" + taskId + "/form-variables",
				null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

		assertThat(accessLog.findByParticipantIdOrderById(pupil.getId()))
			.extracting(AccessLogEntry::getLogin, AccessLogEntry::getChannel, AccessLogEntry::getResult)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("workgroup-school3", "FORM", "GRANTED"),
					org.assertj.core.groups.Tuple.tuple("curator-kindergarten", "FORM", "DENIED"));
	}

	@Test
	void shouldPrintTheConsentFormOfAMinorForTheRepresentativeToSign() throws Exception {
		Participant pupil = driver.minor(programme, "Кириллов Семён Павлович", ParticipantRole.MENTEE);

		ResponseEntity<byte[]> response = rest.withBasicAuth("curator-school3", "demo")
			.getForEntity("/api/participants/" + pupil.getId() + "/consent-form.pdf", byte[].class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
		PrintedPdf pdf = PrintedPdf.read(response.getBody());
		assertThat(pdf.text()).contains("Согласие на обработку персональных данных", "Кириллов Семён Павлович",
				"Петрова Мария Ивановна", "МБОУ СШ №3 г. Лысково", "Программа наставничества", "отзыв");
		assertThat(pdf.fonts()).isNotEmpty().allSatisfy((font, embedded) -> assertThat(embedded).isTrue());
		assertThat(accessLog.findByParticipantIdOrderById(pupil.getId())).hasSize(1);
	}

	@Test
	void shouldRevokeAConsentThroughTheApiAndShowAuditorsOnlyThatTheActExists() throws Exception {
		Participant pupil = driver.minor(programme, "Отзывов Пётр Ильич", ParticipantRole.MENTEE,
				"Отзывова Нина Петровна");
		driver.consent(pupil);
		long consentId = json.readTree(call("curator-school3", HttpMethod.GET,
				"/api/consents?participantId=" + pupil.getId(), null).getBody()).get(0).get("id").asLong();

		problem(call("curator-kindergarten", HttpMethod.POST, "/api/consents/" + consentId + "/revocation", "{}"),
				HttpStatus.NOT_FOUND);
		ResponseEntity<String> revoked = call("curator-school3", HttpMethod.POST,
				"/api/consents/" + consentId + "/revocation", "{}");
		assertThat(revoked.getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode revocation = json.readTree(revoked.getBody());
		String actNumber = revocation.get("erasureActNumber").asText();
		assertThat(actNumber).startsWith("А-");
		problem(call("curator-school3", HttpMethod.POST, "/api/consents/" + consentId + "/revocation", "{}"),
				HttpStatus.CONFLICT);

		JsonNode acts = json.readTree(call("auditor", HttpMethod.GET, "/api/erasure-acts", null).getBody());
		JsonNode act = null;
		for (JsonNode candidate : acts) {
			if (candidate.get("number").asText().equals(actNumber)) {
				act = candidate;
			}
		}
		assertThat(act).isNotNull();
		assertThat(act.has("participantId")).isFalse();
		assertThat(act.toString()).doesNotContain("Отзывов");
		ResponseEntity<byte[]> pdf = rest.withBasicAuth("auditor", "demo")
			.getForEntity("/api/erasure-acts/" + act.get("id").asLong() + ".pdf", byte[].class);
		assertThat(PrintedPdf.read(pdf.getBody()).text()).contains(actNumber, "участник программы № " + pupil.getId())
			.doesNotContain("Отзывов", "Отзывова");
		problem(call("auditor", HttpMethod.GET, "/api/participants/" + pupil.getId(), null), HttpStatus.FORBIDDEN);
		JsonNode card = json.readTree(call("curator-school3", HttpMethod.GET, "/api/participants/" + pupil.getId(),
				null).getBody());
		assertThat(card.at("/participant/name").asText()).isEqualTo("участник программы № " + pupil.getId());
		assertThat(card.at("/participant/status").asText()).isEqualTo("WITHDRAWN");
	}
}
