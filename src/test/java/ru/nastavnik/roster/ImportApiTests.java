package ru.nastavnik.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.ParticipantDriver;
import ru.nastavnik.participant.ParticipantRole;
import ru.nastavnik.participant.ParticipantSource;
import ru.nastavnik.participant.Participants;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.StageOneDriver;

/** {@code /api/imports}: a school's list, previewed and imported as a curator uploads it. */
@NastavnikTest
class ImportApiTests {

	static final List<String> COLUMNS = List.of("ФИО", "Дата рождения", "Класс или должность", "Роль", "E-mail",
			"Телефон", "Законный представитель");

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ObjectMapper json;

	@Autowired
	StageOneDriver stageOne;

	@Autowired
	Participants participants;

	@Autowired
	ParticipantImports imports;

	Programme programme;

	@BeforeEach
	void startProgramme() {
		programme = stageOne.startSchoolProgramme();
		ParticipantDriver.setToday(LocalDate.of(programme.getStartsOn().getYear(), 9, 5));
	}

	static byte[] xlsx(List<List<String>> rows) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Участники");
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					row.createCell(c).setCellValue(rows.get(r).get(c));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private List<String> pupil(String name, int age, String representative) {
		return List.of(name, programme.getStartsOn().minusYears(age).minusDays(30).format(
				java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")), "7 «А»", "наставляемый", "", "",
				representative);
	}

	/** A file as a browser uploads it: multipart form data with the file's name. */
	static HttpEntity<MultiValueMap<String, Object>> file(String fileName, byte[] content) {
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return fileName;
			}
		});
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return new HttpEntity<>(body, headers);
	}

	private ResponseEntity<String> upload(String path, String fileName, byte[] content) {
		return rest.withBasicAuth("curator-school3", "demo").postForEntity(path, file(fileName, content), String.class);
	}

	private long count() {
		return participants.findByProgrammeIdOrderById(programme.getId()).size();
	}

	@Test
	void shouldPreviewAndImportAGoodList() throws Exception {
		byte[] file = xlsx(List.of(COLUMNS, pupil("Абрамов Иван Петрович", 12, "Абрамова Ольга Ивановна"),
				pupil("Белова Анна Сергеевна", 15, "Белов Сергей Павлович"),
				// dates relative to the programme's start: test programmes run in later and later years
				List.of("Васильев Пётр Ильич", programme.getStartsOn().minusYears(46).format(
						java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")), "учитель физики", "наставник",
						"v@school3.ru", "8 (912) 345-67-89", "")));

		JsonNode preview = json.readTree(upload("/api/imports/preview?programmeId=" + programme.getId(), "list.xlsx",
				file).getBody());
		assertThat(preview.get("totalRows").asInt()).as(preview.toString()).isEqualTo(3);
		assertThat(preview.get("validRows").asInt()).as(preview.toString()).isEqualTo(3);
		assertThat(preview.get("problems")).isEmpty();
		assertThat(count()).isZero();

		ResponseEntity<String> imported = upload("/api/imports?programmeId=" + programme.getId(), "list.xlsx", file);
		assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(json.readTree(imported.getBody()).get("importedRows").asInt()).isEqualTo(3);
		List<Participant> added = participants.findByProgrammeIdOrderById(programme.getId());
		assertThat(added).extracting(Participant::getSource).containsOnly(ParticipantSource.IMPORT);
		assertThat(added).filteredOn(Participant::isMinor).hasSize(2)
			.allSatisfy(minor -> assertThat(minor.getRepresentative()).isNotNull());
		assertThat(added).filteredOn(participant -> participant.getRole() == ParticipantRole.MENTOR).singleElement()
			.satisfies(mentor -> assertThat(mentor.getPerson().getPhone()).isEqualTo("+79123456789"));
		assertThat(added).allSatisfy(participant -> assertThat(participant.getProcessInstanceId()).isNotNull());

		JsonNode again = json.readTree(upload("/api/imports/preview?programmeId=" + programme.getId(), "list.xlsx",
				file).getBody());
		assertThat(again.get("problems")).hasSize(3)
			.allSatisfy(problem -> assertThat(problem.get("message").asText()).contains("уже есть в программе"));
	}

	@Test
	void shouldImportNothingFromAFileWithErrorsUnlessOnlyTheValidRowsAreChosen() throws Exception {
		byte[] file = xlsx(List.of(COLUMNS, pupil("Гришин Олег Ильич", 12, "Гришина Вера Павловна"),
				pupil("Дмитриева Ксения Олеговна", 13, ""),
				List.of("Егоров Артём Андреевич", "31.02.2012", "6 «В»", "наставляемый", "", "", "Егорова Анна Ивановна"),
				pupil("Гришин  Олег Ильич", 12, "Гришина Вера Павловна")));

		ResponseEntity<String> refused = upload("/api/imports?programmeId=" + programme.getId(), "list.xlsx", file);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		JsonNode problem = json.readTree(refused.getBody());
		assertThat(problem.get("detail").asText()).contains("ничего не загружено");
		assertThat(problem.get("problems").toString()).contains("укажите законного представителя", "31.02.2012",
				"Повтор строки 2");
		assertThat(problem.get("validRows").asInt()).isEqualTo(1);
		assertThat(count()).isZero();

		ResponseEntity<String> partial = upload("/api/imports?programmeId=" + programme.getId()
				+ "&onlyValidRows=true", "list.xlsx", file);
		assertThat(partial.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		JsonNode done = json.readTree(partial.getBody());
		assertThat(done.get("importedRows").asInt()).isEqualTo(1);
		assertThat(done.get("skippedRows").asInt()).isEqualTo(3);
		assertThat(count()).isOne();
		assertThat(imports.findByProgrammeIdOrderById(programme.getId())).hasSize(1);
	}

	@Test
	void shouldRefuseFilesThatAreNotAListOfParticipants() throws Exception {
		String csvWithWrongColumns = "ФИО;Дата рождения;Отчество\nИванов Иван;01.01.2010;Иванович\n";
		for (Object[] bad : List.of(
				new Object[] { "empty.csv", new byte[0], "Файл пуст" },
				new Object[] { "columns.csv", csvWithWrongColumns.getBytes(StandardCharsets.UTF_8), "Отчество" },
				new Object[] { "photo.png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13 },
						"не является таблицей" })) {
			ResponseEntity<String> response = upload("/api/imports?programmeId=" + programme.getId(), (String) bad[0],
					(byte[]) bad[1]);
			assertThat(response.getStatusCode()).as((String) bad[0]).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
			assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
			assertThat(json.readTree(response.getBody()).get("detail").asText()).as((String) bad[0])
				.contains((String) bad[2]);
		}
		assertThat(count()).isZero();
	}

	@Test
	void shouldNotLetAnotherOrganisationImportIntoTheProgramme() throws Exception {
		byte[] file = xlsx(List.of(COLUMNS, pupil("Жуков Лев Ильич", 12, "Жукова Анна Ивановна")));
		ResponseEntity<String> response = rest.withBasicAuth("curator-kindergarten", "demo")
			.postForEntity("/api/imports?programmeId=" + programme.getId(), file("list.xlsx", file), String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(count()).isZero();
	}

	@Test
	void shouldImportTenThousandRowsInOneGo() throws Exception {
		StringBuilder csv = new StringBuilder(String.join(";", COLUMNS)).append('\n');
		for (int i = 0; i < 10_000; i++) {
			csv.append("Участников Участник ").append(ImportBenchmarkNames.name(i)).append(';')
				.append(programme.getStartsOn().minusYears(20).minusDays(i % 3000)).append(";сотрудник;наставляемый;;;\n");
		}

		ResponseEntity<String> response = upload("/api/imports?programmeId=" + programme.getId(), "big.csv",
				csv.toString().getBytes(StandardCharsets.UTF_8));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(json.readTree(response.getBody()).get("importedRows").asInt()).isEqualTo(10_000);
		assertThat(count()).isEqualTo(10_000);
	}
}
