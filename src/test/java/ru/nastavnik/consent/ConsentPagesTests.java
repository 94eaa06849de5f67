package ru.nastavnik.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.PageClient;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.ParticipantDriver;
import ru.nastavnik.participant.ParticipantRole;
import ru.nastavnik.participant.ParticipantStatus;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.StageOneDriver;

/**
 * Consents on the pages, as the curator works them in a browser: the signed consent marked on the card (which moves
 * the enrolment on), a refusal shown in Russian on the card, the revocation confirmed on a page that says what will be
 * erased, and the act that follows; a role that may not change records refused as through the API.
 */
@NastavnikTest
class ConsentPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	StageOneDriver stageOne;

	@Autowired
	ParticipantDriver driver;

	@Autowired
	ConsentRegister consents;

	@Autowired
	TestRestTemplate rest;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void shouldMarkAConsentThenRevokeItAfterSayingWhatWillBeErased() {
		Programme programme = stageOne.startSchoolProgramme();
		Participant pupil = driver.minor(programme, "Страничкина Ульяна Олеговна", ParticipantRole.MENTEE,
				"Страничкина Ольга Петровна");
		String card = "/participants/" + pupil.getId();
		PageClient curator = PageClient.signIn(port, "curator-school3", "demo");
		assertThat(curator.get(card).body()).contains("Страничкина Ульяна Олеговна", "Согласий пока нет");

		LocalDate today = LocalDate.of(programme.getStartsOn().getYear(), 9, 5);
		ParticipantDriver.setToday(today);
		HttpResponse<String> incomplete = curator.postForm(card + "/consents", Map.of("purpose", "PROCESSING",
				"receivedOn", today.toString(), "validUntil", today.plusYears(1).toString(), "paperReference", ""));
		assertThat(incomplete.statusCode()).isEqualTo(302);
		assertThat(curator.get(card).body()).contains("Укажите дату получения согласия, срок его действия и номер");

		curator.postForm(card + "/consents", Map.of("purpose", "PROCESSING", "receivedOn", today.toString(),
				"validUntil", today.plusYears(1).toString(), "paperReference", "Папка согласий 7 «А», лист 3"));
		assertThat(curator.get(card).body()).contains("отмечено как полученное", "Папка согласий 7 «А», лист 3",
				"действует");
		assertThat(driver.reload(pupil).getStatus()).isEqualTo(ParticipantStatus.AWAITING_QUESTIONNAIRE);

		Long consentId = consents.consents(pupil).get(0).getId();
		HttpResponse<String> confirm = curator.get("/consents/" + consentId + "/revocation");
		assertThat(confirm.statusCode()).isEqualTo(200);
		assertThat(confirm.body()).contains("Что произойдёт", "фамилия, имя, отчество",
				"фамилия, имя, отчество и контакты законного представителя", "Отменить это действие нельзя");

		HttpResponse<String> revoked = curator.postForm("/consents/" + consentId + "/revocation",
				Map.of("revokedOn", today.toString()));
		assertThat(revoked.statusCode()).isEqualTo(302);
		assertThat(revoked.headers().firstValue("Location").orElseThrow()).endsWith("/erasure-acts");
		String acts = curator.get("/erasure-acts").body();
		assertThat(acts).contains("данные уничтожены; составлен акт № А-", "Акты об уничтожении персональных данных")
			.doesNotContain("Страничкина");
		assertThat(curator.get(card).body()).contains("Персональные данные участника уничтожены")
			.doesNotContain("Страничкина");
	}

	@Test
	void shouldRefuseAConsentFromARoleThatDoesNotChangeRecordsAsTheApiDoes() {
		Programme programme = stageOne.startSchoolProgramme();
		Participant teacher = driver.adult(programme, "Отказная Инна Павловна", ParticipantRole.MENTEE);
		LocalDate today = LocalDate.of(programme.getStartsOn().getYear(), 9, 5);
		ParticipantDriver.setToday(today);
		PageClient psychologist = PageClient.signIn(port, "psychologist-school3", "demo");
		psychologist.get("/participants/" + teacher.getId());
		HttpResponse<String> page = psychologist.postForm("/participants/" + teacher.getId() + "/consents",
				Map.of("purpose", "PROCESSING", "receivedOn", today.toString(),
						"validUntil", today.plusYears(1).toString(), "paperReference", "лист 1"));
		HttpHeaders json = new HttpHeaders();
		json.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<String> api = rest.withBasicAuth("psychologist-school3", "demo").postForEntity("/api/consents",
				new HttpEntity<>("{\"participantId\":" + teacher.getId() + ",\"purpose\":\"PROCESSING\",\"receivedOn\":\""
						+ today + "\",\"validUntil\":\"" + today.plusYears(1) + "\",\"paperReference\":\"лист 1\"}", json),
				String.class);
		assertThat(page.statusCode()).isEqualTo(403).isEqualTo(api.getStatusCode().value());
		assertThat(page.body()).contains("Вашей роли недоступны персональные данные участников программы");
		assertThat(api.getBody()).contains("Вашей роли недоступны персональные данные участников программы");
		assertThat(consents.consents(driver.reload(teacher))).isEmpty();
	}
}
