package ru.nastavnik.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.PageClient;

/**
 * Onboarding from a list: the administrator downloads the template, uploads a file with good and bad rows, reads the
 * problems of each row before anything is written, and loads only the valid rows — each an organisation with its
 * tenant. Nobody else may.
 */
@NastavnikTest
class OrganisationImportTests {

	private static final List<Object> HEADER = List.of("Название", "Тип", "Муниципалитет", "Сайт", "Адрес",
			"Обучающихся", "Педагогов");

	@LocalServerPort
	int port;

	@Autowired
	Organisations organisations;

	@Autowired
	IdentityService identityService;

	static byte[] workbook(List<List<Object>> rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Организации");
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					Object value = rows.get(r).get(c);
					if (value instanceof Number number) {
						row.createCell(c).setCellValue(number.doubleValue());
					}
					else if (value != null) {
						row.createCell(c).setCellValue(value.toString());
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static String checkedPath(HttpResponse<String> uploaded) {
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
		String location = uploaded.headers().firstValue("Location").orElseThrow();
		assertThat(location).contains("/organisations/imports/");
		return location.substring(location.indexOf("/organisations/imports/"));
	}

	@Test
	void shouldOfferATemplateThatPassesItsOwnCheck() throws IOException {
		PageClient admin = PageClient.signIn(port, "admin", "demo");
		assertThat(admin.get("/organisations").body()).contains("Скачать шаблон XLSX", "Загрузить список организаций");

		HttpResponse<byte[]> template = admin.getBytes("/organisations/template.xlsx");
		assertThat(template.statusCode()).isEqualTo(200);
		assertThat(template.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
			Row header = workbook.getSheetAt(0).getRow(0);
			assertThat(HEADER).hasSize(header.getLastCellNum());
			for (int c = 0; c < HEADER.size(); c++) {
				assertThat(header.getCell(c).getStringCellValue()).isEqualTo(HEADER.get(c));
			}
			Row example = workbook.getSheetAt(0).getRow(1);
			assertThat(example.getCell(1).getStringCellValue()).isEqualTo("школа");
			assertThat(example.getCell(5).getNumericCellValue()).isEqualTo(640);
		}

		HttpResponse<String> checked = admin.get(checkedPath(admin.postFile("/organisations/imports", "file",
				"шаблон.xlsx", template.body())));
		assertThat(checked.statusCode()).isEqualTo(200);
		assertThat(checked.body()).contains("Строк в файле: 1, верных: 1, с ошибками: 0", "Ошибок нет",
				"Загрузить все строки (1)");
	}

	@Test
	void shouldShowRowProblemsWriteNothingAndThenLoadOnlyTheValidRows() throws IOException {
		String suffix = " № " + System.nanoTime();
		String first = "МБОУ «Гимназия" + suffix + "»";
		String second = "МБДОУ «Детский сад «Радуга»" + suffix + "»";
		byte[] file = workbook(List.of(HEADER,
				List.of(first, "школа", "Кстовский муниципальный округ", "https://gymnasium.ru", "г. Кстово", 900, 70),
				List.of(second, "Детский сад", "Кстовский муниципальный округ", "", "", 120, 14),
				List.of("", "школа", "Кстовский муниципальный округ", "", "", 100, 10),
				List.of("МБОУ «Лицей" + suffix + "»", "гимназия", "Кстовский муниципальный округ", "", "", 300, 20),
				List.of("ГБПОУ «Колледж" + suffix + "»", "колледж", "Кстовский муниципальный округ", "", "", "много",
						"двадцать"),
				List.of(first.toUpperCase(), "школа", "Кстовский муниципальный округ", "", "", 900, 70),
				List.of("МБОУ СШ №3 г. Лысково", "школа", "Лысковский муниципальный округ", "", "", 640, 48)));
		PageClient admin = PageClient.signIn(port, "admin", "demo");
		admin.get("/organisations");
		String path = checkedPath(admin.postFile("/organisations/imports", "file", "организации.xlsx", file));

		HttpResponse<String> checked = admin.get(path);
		assertThat(checked.statusCode()).isEqualTo(200);
		assertThat(checked.body()).contains("Строк в файле: 7, верных: 2, с ошибками: 5",
				"Укажите название организации",
				"Неизвестный тип «гимназия»: укажите «школа», «колледж» или «детский сад»",
				"Число обучающихся — целое число, а не «много»", "Число педагогов — целое число, а не «двадцать»",
				"Повтор строки 2: организация", "Организация «МБОУ СШ №3 г. Лысково» уже есть",
				"Загрузить только верные строки (2)");
		assertThat(checked.body()).doesNotContain("Загрузить все строки");
		assertThat(organisations.existsByName(first)).isFalse();
		assertThat(organisations.existsByName(second)).isFalse();

		HttpResponse<String> all = admin.postForm(path, Map.of("onlyValidRows", "false"));
		assertThat(all.statusCode()).isEqualTo(422);
		assertThat(all.body()).contains("В файле есть ошибки: ничего не загружено");
		assertThat(organisations.existsByName(first)).isFalse();

		HttpResponse<String> valid = admin.postForm(path, Map.of("onlyValidRows", "true"));
		assertThat(valid.statusCode()).isEqualTo(302);
		assertThat(admin.get("/organisations").body())
			.contains("Список загружен: добавлено организаций — 2, пропущено строк с ошибками — 5");
		for (String name : List.of(first, second)) {
			Organisation added = organisations.findAllByOrderByName().stream()
				.filter(organisation -> organisation.getName().equals(name))
				.findFirst()
				.orElseThrow();
			assertThat(identityService.createTenantQuery().tenantId(added.getTenantId()).singleResult().getName())
				.isEqualTo(name);
			assertThat(added.getMunicipality().getName()).isEqualTo("Кстовский муниципальный округ");
		}
		Organisation kindergarten = organisations.findAllByOrderByName().stream()
			.filter(organisation -> organisation.getName().equals(second))
			.findFirst()
			.orElseThrow();
		assertThat(kindergarten.getKind()).isEqualTo(OrganisationKind.KINDERGARTEN);
		assertThat(kindergarten.getPupils()).isEqualTo(120);
		assertThat(organisations.existsByName("МБОУ «Лицей" + suffix + "»")).isFalse();
		assertThat(organisations.existsByName("ГБПОУ «Колледж" + suffix + "»")).isFalse();

		// loaded once: the kept list is gone, and the same file now finds both organisations already there
		assertThat(admin.get(path).statusCode()).isEqualTo(404);
		admin.get("/organisations");
		HttpResponse<String> again = admin.get(checkedPath(admin.postFile("/organisations/imports", "file",
				"организации.xlsx", file)));
		assertThat(again.body()).contains("Строк в файле: 7, верных: 0", "Организация «" + first + "» уже есть",
				"Организация «" + second + "» уже есть");
	}

	@Test
	void shouldRefuseAFileThatIsNotTheList() throws IOException {
		PageClient admin = PageClient.signIn(port, "admin", "demo");
		admin.get("/organisations");
		HttpResponse<String> pdf = admin.postFile("/organisations/imports", "file", "список.pdf",
				"%PDF-1.7 not a table".getBytes());
		assertThat(pdf.statusCode()).isEqualTo(422);
		assertThat(pdf.body()).contains("Файл не является таблицей XLSX или CSV");

		admin.get("/organisations");
		HttpResponse<String> columns = admin.postFile("/organisations/imports", "file", "список.xlsx",
				workbook(List.of(List.of("Название", "Тип", "Директор"))));
		assertThat(columns.statusCode()).isEqualTo(422);
		assertThat(columns.body()).contains("В файле нет столбцов: Муниципалитет, Сайт, Адрес, Обучающихся, Педагогов",
				"Неизвестный столбец: Директор");
	}

	@Test
	void shouldLetOnlyTheAdministratorOnboardFromAList() throws IOException {
		PageClient admin = PageClient.signIn(port, "admin", "demo");
		admin.get("/organisations");
		String name = "МБОУ «Школа чужой загрузки № " + System.nanoTime() + "»";
		String path = checkedPath(admin.postFile("/organisations/imports", "file", "организации.xlsx",
				workbook(List.of(HEADER, List.of(name, "школа", "Лысковский муниципальный округ", "", "", 10, 2)))));

		PageClient curator = PageClient.signIn(port, "curator-school3", "demo");
		assertThat(curator.getBytes("/organisations/template.xlsx").statusCode()).isEqualTo(403);
		assertThat(curator.get(path).statusCode()).isEqualTo(403);
		curator.get("/");
		assertThat(curator.postForm(path, Map.of("onlyValidRows", "true")).statusCode()).isEqualTo(403);
		assertThat(curator.postFile("/organisations/imports", "file", "организации.xlsx",
				workbook(List.of(HEADER, List.of("Подложная школа", "школа", "Нигде", "", "", 1, 1)))).statusCode())
			.isEqualTo(403);
		assertThat(organisations.existsByName(name)).isFalse();
		assertThat(organisations.existsByName("Подложная школа")).isFalse();
	}
}
