package ru.nastavnik.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.ApiCalls;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.PageClient;
import ru.nastavnik.WebBrowser;
import ru.nastavnik.consent.ConsentRevocation;
import ru.nastavnik.document.PrintedPdf;
import ru.nastavnik.feedback.FeedbackDriver;
import ru.nastavnik.programme.Programme;

/**
 * Certificates and letters of thanks: issued once to each participant of a pair that completed its term — the mentee a
 * certificate, the mentor a letter (once for a group) — numbered, with a Cyrillic font embedded and a QR code that
 * opens the public verification page; the page says whether the document is genuine and names the person only under a
 * consent to publication; a forged code is not a document; a revoked consent leaves the document genuine and
 * nameless; another organisation sees nothing of it.
 */
@NastavnikTest
class CertificateTests {

	@LocalServerPort
	int port;

	@Autowired
	FeedbackDriver feedback;

	@Autowired
	ApiCalls api;

	@Autowired
	ConsentRevocation revocation;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	private static String decodeQr(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDResources resources = document.getPage(0).getResources();
			List<BufferedImage> images = new ArrayList<>();
			for (var name : resources.getXObjectNames()) {
				if (resources.getXObject(name) instanceof PDImageXObject image) {
					images.add(image.getImage());
				}
			}
			assertThat(images).as("QR-код на странице").hasSize(1);
			return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
					new BufferedImageLuminanceSource(images.get(0))))).getText();
		}
	}

	@Test
	void shouldIssueNumberedDocumentsWhoseQrCodeOpensTheirVerificationPage() throws Exception {
		Programme programme = feedback.programmeAtSatisfaction();
		List<Map<String, Object>> completed = jdbc.queryForList("select mentor_id, mentee_id from mentoring_pair where"
				+ " programme_id = ? and status = 'COMPLETED' order by id", programme.getId());
		assertThat(completed).as("пары завершили работу в срок").isNotEmpty();
		long mentors = completed.stream().map(pair -> pair.get("MENTOR_ID")).distinct().count();
		String page = "/programmes/" + programme.getId() + "/certificates";

		// the curator issues: a certificate per mentee, one letter per mentor; issuing again adds nothing
		PageClient curator = PageClient.signIn(port, "curator-school3", "demo");
		assertThat(curator.get(page).body()).contains("Ждут документа: " + (completed.size() + mentors));
		assertThat(curator.postForm(page, Map.of()).statusCode()).isEqualTo(302);
		assertThat(jdbc.queryForList("select kind from certificate where programme_id = ?", String.class,
				programme.getId())).hasSize((int) (completed.size() + mentors))
			.filteredOn("PARTICIPATION"::equals).hasSize(completed.size());
		curator.postForm(page, Map.of());
		assertThat(jdbc.queryForObject("select count(*) from certificate where programme_id = ?", Integer.class,
				programme.getId())).isEqualTo(completed.size() + mentors);
		HttpResponse<String> listed = curator.get(page);
		assertThat(listed.body()).contains("Сертификат участника программы наставничества", "Благодарственное письмо",
				"Все документы одним PDF для печати").doesNotContain("Выпустить документы");
		// the psychologist does not see them, another organisation's curator does not find the programme
		assertThat(PageClient.signIn(port, "psychologist-school3", "demo").get(page).statusCode()).isEqualTo(403);
		assertThat(PageClient.signIn(port, "curator-kindergarten", "demo").get(page).statusCode()).isEqualTo(404);

		// the mentee's certificate: their name, its number, the font embedded, a QR code of its verification page
		Map<String, Object> certificate = jdbc.queryForMap("select c.id, c.number, c.verification_code, c.participant_id,"
				+ " s.full_name from certificate c join participant p on p.id = c.participant_id join person s on s.id ="
				+ " p.person_id where c.programme_id = ? and c.kind = 'PARTICIPATION' order by c.id limit 1",
				programme.getId());
		HttpResponse<byte[]> pdf = curator.getBytes(page + "/" + certificate.get("ID") + ".pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		PrintedPdf printed = PrintedPdf.read(pdf.body());
		assertThat(printed.text()).contains("Сертификат участника программы наставничества",
				"№ " + certificate.get("NUMBER"), (String) certificate.get("FULL_NAME"),
				"прошёл (прошла) программу наставничества в роли наставляемого", "Руководитель организации",
				"Проверить подлинность документа");
		assertThat(printed.fonts()).isNotEmpty().allSatisfy((font, embedded) -> assertThat(embedded).isTrue());
		assertThat(printed.pages()).isEqualTo(1);
		PrintedPdf.picture(pdf.body(), 0, java.nio.file.Path.of("docs", "certificate.png"));
		String url = decodeQr(pdf.body());
		assertThat(url).endsWith("/verify/" + certificate.get("VERIFICATION_CODE"));
		String verify = url.substring(url.indexOf("/verify/"));
		assertThat(curator.getBytes(page + ".pdf").statusCode()).isEqualTo(200);

		// the public page, without a login: genuine, but nameless without a consent to publication
		PageClient anybody = new PageClient(port);
		HttpResponse<String> genuine = anybody.get(verify);
		assertThat(genuine.statusCode()).isEqualTo(200);
		assertThat(genuine.body()).contains("Документ подлинный", (String) certificate.get("NUMBER"),
				"МБОУ СШ №3 г. Лысково", programme.getAcademicYear(), "Имя владельца документа не показывается")
			.doesNotContain((String) certificate.get("FULL_NAME"));
		HttpResponse<String> forged = anybody.get("/verify/AAAAAAAAAAAAAAAA");
		assertThat(forged.statusCode()).isEqualTo(404);
		assertThat(forged.body()).contains("Документ с таким кодом не выдавался").doesNotContain("МБОУ");
		assertThat(anybody.get("/verify/%3Cscript%3E").statusCode()).isEqualTo(404);

		// with the legal representative's consent to publication the page names the mentee
		Long mentee = ((Number) certificate.get("PARTICIPANT_ID")).longValue();
		LocalDate today = ru.nastavnik.participant.ParticipantDriver.today();
		api.body(api.call("curator-school3", HttpMethod.POST, "/api/consents", "{\"participantId\":" + mentee
				+ ",\"purpose\":\"PUBLICATION\",\"receivedOn\":\"" + today + "\",\"validUntil\":\"" + today.plusYears(1)
				+ "\",\"paperReference\":\"Согласие на распространение № " + mentee + "\"}"), HttpStatus.CREATED);
		assertThat(anybody.get(verify).body()).contains((String) certificate.get("FULL_NAME"))
			.doesNotContain("Имя владельца документа не показывается");

		// in Chromium, as a visitor with a phone would see it: the genuine page and a forged one
		try (WebBrowser web = new WebBrowser()) {
			web.driver.get("http://localhost:" + port + verify);
			web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Документ подлинный"));
			web.screenshot("certificate-verified.png");
			web.driver.get("http://localhost:" + port + "/verify/AAAAAAAAAAAAAAAA");
			web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
					"Документ с таким кодом не выдавался"));
			web.screenshot("certificate-forged.png");
		}

		// the consent to processing revoked: the document stays genuine, names nobody, and is no longer printed
		Long processing = jdbc.queryForObject("select id from consent where participant_id = ? and purpose ="
				+ " 'PROCESSING' order by id limit 1", Long.class, mentee);
		revocation.revoke(processing, null, "curator-school3");
		assertThat(anybody.get(verify).body()).contains("Документ подлинный")
			.doesNotContain((String) certificate.get("FULL_NAME"));
		assertThat(curator.getBytes(page + "/" + certificate.get("ID") + ".pdf").statusCode()).isEqualTo(410);
		assertThat(curator.get(page).body()).contains("участник отозвал согласие", "не печатается");
	}
}
