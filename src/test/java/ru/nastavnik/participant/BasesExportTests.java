package ru.nastavnik.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.PageClient;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.StageOneDriver;

/** The bases exported as a workbook: who is in each base with a valid consent, logged as a read of each minor. */
@NastavnikTest
class BasesExportTests {

	@LocalServerPort
	int port;

	@Autowired
	StageOneDriver stageOne;

	@Autowired
	ParticipantDriver driver;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestRestTemplate rest;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	private static List<String> column(Sheet sheet, int column) {
		List<String> values = new ArrayList<>();
		for (Row row : sheet) {
			if (row.getRowNum() >= 3 && row.getCell(column) != null) {
				values.add(row.getCell(column).toString());
			}
		}
		return values;
	}

	@Test
	void shouldExportTheBasesWithTheirQuestionnairesAndLogTheMinors() throws Exception {
		Programme programme = stageOne.startSchoolProgramme();
		ParticipantDriver.setToday(LocalDate.of(programme.getStartsOn().getYear(), 9, 5));
		driver.fourIntoBases(programme);
		Participant waiting = driver.adult(programme, "Ожидающая Согласия Вера", ParticipantRole.MENTOR);
		long exported = jdbc.queryForObject("select count(*) from access_log where channel = 'EXPORT'", Long.class);

		PageClient curator = PageClient.signIn(port, "curator-school3", "demo");
		assertThat(curator.get("/programmes/" + programme.getId() + "/participants").body())
			.contains("/api/participants/bases.xlsx?programmeId=" + programme.getId());
		ResponseEntity<byte[]> xlsx = rest.withBasicAuth("curator-school3", "demo")
			.getForEntity("/api/participants/bases.xlsx?programmeId=" + programme.getId(), byte[].class);
		assertThat(xlsx.getStatusCode().value()).isEqualTo(200);
		assertThat(xlsx.getHeaders().getContentDisposition().getFilename()).endsWith(".xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
			Sheet mentees = workbook.getSheet("База наставляемых");
			Sheet mentors = workbook.getSheet("База наставников");
			assertThat(mentees.getRow(0).getCell(0).getStringCellValue()).startsWith("База наставляемых на "
					+ programme.getAcademicYear() + " учебный год");
			assertThat(column(mentees, 4)).isNotEmpty();
			assertThat(column(mentors, 3)).isNotEmpty();
			assertThat(column(mentors, 1)).doesNotContain(waiting.displayName());
		}
		long minorsInBases = jdbc.queryForObject("select count(*) from participant where programme_id = ? and minor = true"
				+ " and status = 'IN_BASE'", Long.class, programme.getId());
		assertThat(jdbc.queryForObject("select count(*) from access_log where channel = 'EXPORT'", Long.class))
			.isEqualTo(exported + minorsInBases);

		// the auditor reads no persons: the same refusal as for the list
		HttpResponse<String> refused = PageClient.signIn(port, "auditor", "demo")
			.get("/api/participants/bases.xlsx?programmeId=" + programme.getId());
		assertThat(refused.statusCode()).isIn(403, 404);
		assertThat(refused.body()).doesNotContain("Ожидающая");
	}
}
