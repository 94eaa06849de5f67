package ru.nastavnik.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import ru.nastavnik.document.ImportFileRejected;
import ru.nastavnik.document.RowProblem;
import ru.nastavnik.participant.ParticipantRole;
import ru.nastavnik.participant.PersonKey;

/** A school's participant list read from XLSX and CSV files as schools really make them, and checked row by row. */
class ParticipantListTests {

	private static final LocalDate STARTS_ON = LocalDate.of(2026, 9, 1);

	private static final String HEADER = "ФИО;Дата рождения;Класс или должность;Роль;E-mail;Телефон;Законный представитель";

	private static final List<Object> HEADER_CELLS = List.of("ФИО", "Дата рождения", "Класс или должность", "Роль",
			"E-mail", "Телефон", "Законный представитель");

	private static final String NOT_A_TABLE = "Файл не является таблицей XLSX или CSV";

	private static final String EMPTY = "Файл пуст: в нём нет ни одной строки участника";

	private static ParticipantList.Result read(byte[] content) {
		return ParticipantList.read("участники.csv", content, STARTS_ON, person -> false);
	}

	private static byte[] csv(String... lines) {
		return String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] workbook(List<List<Object>> rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Участники");
			CellStyle dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
			for (int i = 0; i < rows.size(); i++) {
				Row row = sheet.createRow(i);
				List<Object> values = rows.get(i);
				for (int j = 0; j < values.size(); j++) {
					Object value = values.get(j);
					if (value instanceof String text) {
						row.createCell(j).setCellValue(text);
					}
					else if (value instanceof LocalDate date) {
						row.createCell(j).setCellValue(date);
						row.getCell(j).setCellStyle(dateStyle);
					}
					else if (value instanceof Number number) {
						row.createCell(j).setCellValue(number.doubleValue());
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static List<Object> cells(Object... values) {
		return Arrays.asList(values);
	}

	@Test
	void shouldReadAWorkbookWithRealDateCellsAndColumnsInAnyOrder() throws IOException {
		byte[] file = workbook(List.of(
				cells(" роль ", "фио", "ДАТА  РОЖДЕНИЯ", "Класс или должность", "Электронная почта", "Телефон",
						"Законный представитель"),
				cells("наставляемый", "Петров  Пётр Сергеевич", LocalDate.of(2012, 3, 14), "8 «Б»", null,
						89123456789L, "Петрова Анна Ивановна"),
				cells(),
				cells("Наставник", "Сидорова Мария Ивановна", "15.03.1980", "учитель математики",
						"m.sidorova@school3.ru", "+7 912 3456789", null)));

		ParticipantList.Result result = ParticipantList.read("участники.xlsx", file, STARTS_ON, person -> false);

		assertThat(result.problems()).isEmpty();
		assertThat(result.hasProblems()).isFalse();
		assertThat(result.totalRows()).isEqualTo(2);
		assertThat(result.validRows()).containsExactly(
				new ImportRow(2, "Петров Пётр Сергеевич", LocalDate.of(2012, 3, 14), "8 «Б»", ParticipantRole.MENTEE,
						null, "+79123456789", "Петрова Анна Ивановна", true),
				new ImportRow(4, "Сидорова Мария Ивановна", LocalDate.of(1980, 3, 15), "учитель математики",
						ParticipantRole.MENTOR, "m.sidorova@school3.ru", "+79123456789", null, false));
	}

	@Test
	void shouldReadTheContentNotTheNameOfTheFile() throws IOException {
		byte[] file = workbook(List.of(HEADER_CELLS,
				cells("Петров Пётр", "01.09.2010", "", "наставляемый", "", "", "Петрова Анна")));

		assertThat(ParticipantList.read("участники.csv", file, STARTS_ON, person -> false).validRows()).hasSize(1);
		assertThat(ParticipantList.read("участники.xlsx", csv(HEADER, "Петров Пётр;01.09.2010;;наставляемый;;;Петрова"),
				STARTS_ON, person -> false).validRows()).hasSize(1);
	}

	@Test
	void shouldReadACsvWithSemicolonsQuotesAndAByteOrderMark() {
		String text = "\uFEFF" + String.join("\r\n", HEADER,
				"Петров Пётр;01.09.2012;\"8 \"\"Б\"\"; профиль\";наставляемый;;8 (912) 345-67-89;\"Петрова Анна; мать\"",
				";;;;;;",
				"\"Сидорова\nМария\";1980-03-15;\"учитель\r\nматематики\";наставник;m.s@school3.ru;;",
				"Кузнецов Олег;02.02.1975;директор;наставник;;;") + "\r\n";

		ParticipantList.Result result = read(text.getBytes(StandardCharsets.UTF_8));

		assertThat(result.problems()).isEmpty();
		assertThat(result.totalRows()).isEqualTo(3);
		assertThat(result.validRows()).extracting(ImportRow::rowNumber, ImportRow::fullName,
				ImportRow::classOrPosition, ImportRow::phone, ImportRow::representativeName)
			.containsExactly(tuple(2, "Петров Пётр", "8 \"Б\"; профиль", "+79123456789", "Петрова Анна; мать"),
					tuple(4, "Сидорова Мария", "учитель математики", null, null),
					tuple(5, "Кузнецов Олег", "директор", null, null));
	}

	@Test
	void shouldTellTheSeparatorFromTheHeaderLine() {
		ParticipantList.Result result = read(csv(HEADER.replace(';', ','),
				"\"Петров Пётр\",01.09.2012,\"8 Б, профиль\",наставляемый,,,\"Петрова Анна, мать\""));

		assertThat(result.problems()).isEmpty();
		assertThat(result.validRows()).singleElement().satisfies(row -> {
			assertThat(row.classOrPosition()).isEqualTo("8 Б, профиль");
			assertThat(row.representativeName()).isEqualTo("Петрова Анна, мать");
		});
	}

	@Test
	void shouldFollowTheSeparatorLineExcelWrites() {
		ParticipantList.Result result = read(csv("sep=,", HEADER.replace(';', ','),
				"Петров Пётр,01.09.2012,8 Б,наставляемый,,,Петрова Анна"));

		assertThat(result.validRows()).extracting(ImportRow::rowNumber).containsExactly(2);
	}

	@Test
	void shouldReadACsvInWindows1251() {
		byte[] file = String.join("\r\n", HEADER, "Ёлкина Алёна Сергеевна;01.09.2012;7 «А»;наставляемый;;;Ёлкин Сергей")
			.getBytes(Charset.forName("windows-1251"));

		ParticipantList.Result result = read(file);

		assertThat(result.problems()).isEmpty();
		assertThat(result.validRows()).singleElement().satisfies(row -> {
			assertThat(row.fullName()).isEqualTo("Ёлкина Алёна Сергеевна");
			assertThat(row.classOrPosition()).isEqualTo("7 «А»");
		});
	}

	@Test
	void shouldRejectMissingColumns() {
		assertThatThrownBy(() -> read(csv("ФИО;Класс или должность;E-mail;Телефон;Законный представитель",
				"Петров Пётр;8 Б;;;")))
			.isInstanceOf(ImportFileRejected.class)
			.hasMessage("В файле нет столбцов: Дата рождения, Роль");
	}

	@Test
	void shouldRejectUnknownColumnsNamingTheExpectedOnes() {
		assertThatThrownBy(() -> read(csv(HEADER + ";Отчество", "Петров Пётр;01.09.2012;8 Б;наставляемый;;;;")))
			.isInstanceOf(ImportFileRejected.class)
			.hasMessage("Неизвестный столбец: Отчество. Ожидаются: ФИО, Дата рождения, Класс или должность, Роль, "
					+ "E-mail, Телефон, Законный представитель");
	}

	@Test
	void shouldRejectAColumnGivenTwice() {
		assertThatThrownBy(() -> read(csv(HEADER + ";Email", "Петров Пётр;01.09.2012;8 Б;наставляемый;;;;")))
			.isInstanceOf(ImportFileRejected.class)
			.hasMessage("Столбец «E-mail» встречается в файле дважды");
	}

	@Test
	void shouldAcceptHeaderTitlesInAnyCaseAndSpacing() {
		ParticipantList.Result result = read(csv(
				" фио ;ДАТА РОЖДЕНИЯ;класс  или должность;РОЛЬ;email;телефон;законный\u00A0представитель",
				"Петров Пётр;01.09.2012;8 Б;наставляемый;;;Петрова Анна"));

		assertThat(result.validRows()).hasSize(1);
	}

	@Test
	void shouldReportDatesThatDoNotExistOrAreNotDates() {
		ParticipantList.Result result = read(csv(HEADER,
				"Петров Пётр;31.02.2010;;наставляемый;;;Петрова Анна",
				"Иванов Иван;abc;;наставляемый;;;Иванова Мария",
				"Сидоров Семён;2010-02-30;;наставляемый;;;Сидорова Ольга",
				"Кузнецов Олег;;;наставник;;;",
				"Новиков Илья;02.09.2026;;наставляемый;;;Новикова Ольга",
				"Морозов Павел;01.01.2022;;наставляемый;;;Морозова Ирина",
				"Волков Пётр;31.08.1925;;наставник;;;",
				"Лебедев Антон;1.9.2010;;наставляемый;;;Лебедева Анна"));

		assertThat(result.problems()).extracting(RowProblem::rowNumber, RowProblem::column, RowProblem::message)
			.containsExactly(tuple(2, "Дата рождения", "Дата рождения 31.02.2010 не существует"),
					tuple(3, "Дата рождения", "Неверная дата рождения «abc»: укажите дд.мм.гггг"),
					tuple(4, "Дата рождения", "Дата рождения 2010-02-30 не существует"),
					tuple(5, "Дата рождения", "Не указана дата рождения"),
					tuple(6, "Дата рождения", "Дата рождения 02.09.2026 позже даты начала программы 01.09.2026"),
					tuple(7, "Дата рождения",
							"Дата рождения 01.01.2022: на дату начала программы участнику меньше 5 лет"),
					tuple(8, "Дата рождения",
							"Дата рождения 31.08.1925: на дату начала программы участнику больше 100 лет"));
		assertThat(result.validRows()).extracting(ImportRow::rowNumber, ImportRow::birthDate)
			.containsExactly(tuple(9, LocalDate.of(2010, 9, 1)));
		assertThat(result.totalRows()).isEqualTo(8);
		assertThat(result.hasProblems()).isTrue();
	}

	@Test
	void shouldReportABadDateTypedAsTextInAWorkbook() throws IOException {
		byte[] file = workbook(List.of(HEADER_CELLS,
				cells("Петров Пётр", "31.02.2010", "", "наставляемый", "", "", "Петрова Анна")));

		assertThat(read(file).problems()).extracting(RowProblem::message)
			.containsExactly("Дата рождения 31.02.2010 не существует");
	}

	@Test
	void shouldReportEveryProblemOfARowAndLeaveTheRowOut() {
		ParticipantList.Result result = read(csv(HEADER,
				"Петров;01.09.2012;;ученик;petrov@;12345;Петрова Анна",
				"Петров 2 Пётр;01.09.2012;;;;;Петрова Анна",
				";01.09.1980;;наставник;;;"));

		assertThat(result.validRows()).isEmpty();
		assertThat(result.problems()).extracting(RowProblem::rowNumber, RowProblem::column, RowProblem::message)
			.containsExactly(tuple(2, "ФИО", "Укажите в ФИО хотя бы фамилию и имя: «Петров»"),
					tuple(2, "Роль", "Неизвестная роль «ученик»: укажите «наставляемый» или «наставник»"),
					tuple(2, "E-mail", "Неверный адрес электронной почты «petrov@»"),
					tuple(2, "Телефон",
							"Неверный номер телефона «12345»: укажите российский номер, например +7 912 345-67-89"),
					tuple(3, "ФИО",
							"ФИО может содержать только буквы, пробелы, дефисы и апострофы: «Петров 2 Пётр»"),
					tuple(3, "Роль", "Не указана роль: укажите «наставляемый» или «наставник»"),
					tuple(4, "ФИО", "Не указаны ФИО"));
	}

	@Test
	void shouldAcceptNamesWithHyphensAndApostrophes() {
		ParticipantList.Result result = read(csv(HEADER,
				"Салтыкова-Щедрина Анна-Мария;01.09.1980;;наставник;;;",
				"O'Коннор Д’Артаньян;01.09.1981;;наставник;;;"));

		assertThat(result.problems()).isEmpty();
		assertThat(result.validRows()).hasSize(2);
	}

	@Test
	void shouldReportTooLongTexts() {
		String longText = "а".repeat(256);
		ParticipantList.Result result = read(csv(HEADER, "Петров Пётр;01.09.1980;" + longText + ";наставник;;;"));

		assertThat(result.problems()).extracting(RowProblem::column, RowProblem::message)
			.containsExactly(tuple("Класс или должность", "Текст в столбце «Класс или должность» длиннее 255 символов"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "8 (912) 345-67-89|+79123456789", "+7 912 3456789|+79123456789",
			"9123456789|+79123456789", "89123456789|+79123456789", "+7(495)123-45-67|+74951234567",
			"8-800-555-35-35|+78005553535" })
	void shouldWritePhonesTheOneWay(String written, String normalised) {
		ParticipantList.Result result = read(csv(HEADER, "Петров Пётр;01.09.1980;;наставник;;" + written + ";"));

		assertThat(result.problems()).isEmpty();
		assertThat(result.validRows()).extracting(ImportRow::phone).containsExactly(normalised);
	}

	@ParameterizedTest
	@ValueSource(strings = { "+8 912 345 67 89", "912345678", "8912345678", "+7 912 345 67 89 0", "тел. 9123456789",
			"1234567890" })
	void shouldReportPhonesThatAreNotRussianNumbers(String written) {
		ParticipantList.Result result = read(csv(HEADER, "Петров Пётр;01.09.1980;;наставник;;" + written + ";"));

		assertThat(result.problems()).extracting(RowProblem::column).containsExactly("Телефон");
	}

	@Test
	void shouldReportTheLaterOfTwoRowsOfOnePerson() {
		ParticipantList.Result result = read(csv(HEADER,
				"Семёнов Пётр;01.09.2012;8 Б;наставляемый;;;Семёнова Анна",
				"Кузнецов Олег;02.02.1975;;наставник;;;",
				"Сидорова Мария;15.03.1980;;наставник;;;",
				"  СЕМЕНОВ   пётр ;2012-09-01;8 Б;наставляемый;;;Семёнова Анна",
				"Семёнов Пётр;02.09.2012;8 Б;наставляемый;;;Семёнова Анна"));

		assertThat(result.problems()).extracting(RowProblem::rowNumber, RowProblem::column, RowProblem::message)
			.containsExactly(tuple(5, null, "Повтор строки 2: тот же участник (ФИО и дата рождения)"));
		assertThat(result.validRows()).extracting(ImportRow::rowNumber).containsExactly(2, 3, 4, 6);
	}

	@Test
	void shouldReportAPersonAlreadyInTheProgramme() {
		List<PersonKey> asked = new ArrayList<>();
		Set<PersonKey> enrolled = Set.of(PersonKey.of("Кузнецов Олег Иванович", LocalDate.of(1975, 2, 2)));
		Predicate<PersonKey> alreadyEnrolled = person -> {
			asked.add(person);
			return enrolled.contains(person);
		};

		ParticipantList.Result result = ParticipantList.read("участники.csv", csv(HEADER,
				"Петров Пётр;01.09.2012;8 Б;наставляемый;;;Петрова Анна",
				"КУЗНЕЦОВ  Олег Иванович;02.02.1975;;наставник;;;",
				"Кузнецов Олег Иванович;02.02.1975;;наставник;;;"), STARTS_ON, alreadyEnrolled);

		assertThat(result.problems()).extracting(RowProblem::rowNumber, RowProblem::message)
			.containsExactly(tuple(3, "Участник уже есть в программе"),
					tuple(4, "Повтор строки 3: тот же участник (ФИО и дата рождения)"));
		assertThat(result.validRows()).extracting(ImportRow::rowNumber).containsExactly(2);
		assertThat(asked).containsExactly(new PersonKey("петров петр", LocalDate.of(2012, 9, 1)),
				new PersonKey("кузнецов олег иванович", LocalDate.of(1975, 2, 2)));
	}

	@Test
	void shouldNormaliseTheKeyOfAPerson() {
		assertThat(PersonKey.of(" Ёлкина\u00A0 Алёна\tСергеевна ", LocalDate.of(2012, 1, 1)))
			.isEqualTo(new PersonKey("елкина алена сергеевна", LocalDate.of(2012, 1, 1)));
	}

	@Test
	void shouldRequireARepresentativeForAMinor() {
		ParticipantList.Result result = read(csv(HEADER, "Петров Пётр;01.09.2012;8 Б;наставляемый;;;"));

		assertThat(result.validRows()).isEmpty();
		assertThat(result.problems()).extracting(RowProblem::rowNumber, RowProblem::column, RowProblem::message)
			.containsExactly(tuple(2, "Законный представитель",
					"Участник несовершеннолетний на дату начала программы: укажите законного представителя"));
	}

	@Test
	void shouldCountAPersonWhoTurnsEighteenOnTheFirstDayAsAnAdult() {
		ParticipantList.Result result = read(csv(HEADER,
				"Петров Пётр;01.09.2008;11 А;наставляемый;;;",
				"Иванов Иван;02.09.2008;11 А;наставляемый;;;",
				"Сидоров Семён;02.09.2008;11 А;наставляемый;;;Сидорова Ольга"));

		assertThat(result.validRows()).extracting(ImportRow::rowNumber, ImportRow::minor)
			.containsExactly(tuple(2, false), tuple(4, true));
		assertThat(result.problems()).extracting(RowProblem::rowNumber, RowProblem::column)
			.containsExactly(tuple(3, "Законный представитель"));
	}

	@Test
	void shouldReportAValueOutsideTheColumns() {
		ParticipantList.Result result = read(csv(HEADER, "Петров Пётр;01.09.1980;;наставник;;;;лишнее"));

		assertThat(result.problems()).extracting(RowProblem::rowNumber, RowProblem::column, RowProblem::message)
			.containsExactly(tuple(2, null, "Значение «лишнее» стоит в столбце без заголовка: уберите его или "
					+ "проверьте, не сдвинулась ли строка"));
	}

	@Test
	void shouldRejectAnEmptyFile() {
		assertThatThrownBy(() -> read(new byte[0])).isInstanceOf(ImportFileRejected.class).hasMessage(EMPTY);
		assertThatThrownBy(() -> read(csv(" ", "", "\t"))).isInstanceOf(ImportFileRejected.class).hasMessage(EMPTY);
	}

	@Test
	void shouldRejectAFileWithTheHeaderAlone() throws IOException {
		assertThatThrownBy(() -> read(csv(HEADER))).isInstanceOf(ImportFileRejected.class).hasMessage(EMPTY);
		assertThatThrownBy(() -> read(csv(HEADER, ";;;;;;", ""))).isInstanceOf(ImportFileRejected.class)
			.hasMessage(EMPTY);
		byte[] workbook = workbook(List.of(HEADER_CELLS, cells("", " ")));
		assertThatThrownBy(() -> read(workbook)).isInstanceOf(ImportFileRejected.class).hasMessage(EMPTY);
	}

	@Test
	void shouldRejectAnImage() throws IOException {
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", png);

		assertThatThrownBy(() -> ParticipantList.read("участники.png", png.toByteArray(), STARTS_ON, person -> false))
			.isInstanceOf(ImportFileRejected.class)
			.hasMessage(NOT_A_TABLE);
	}

	@Test
	void shouldRejectAPdf() throws IOException {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			document.save(pdf);
		}

		assertThatThrownBy(() -> ParticipantList.read("участники.pdf", pdf.toByteArray(), STARTS_ON, person -> false))
			.isInstanceOf(ImportFileRejected.class)
			.hasMessage(NOT_A_TABLE);
	}

	@Test
	void shouldRejectRandomBytes() {
		byte[] noise = new byte[4096];
		new Random(145).nextBytes(noise);

		assertThatThrownBy(() -> read(noise)).isInstanceOf(ImportFileRejected.class).hasMessage(NOT_A_TABLE);
	}

	@Test
	void shouldRejectAZipThatIsNotAWorkbook() throws IOException {
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry("участники.csv"));
			out.write(csv(HEADER, "Петров Пётр;01.09.2012;8 Б;наставляемый;;;Петрова Анна"));
			out.closeEntry();
		}

		assertThatThrownBy(() -> read(zip.toByteArray())).isInstanceOf(ImportFileRejected.class)
			.hasMessage(NOT_A_TABLE);
	}

	@Test
	void shouldExplainAnOldExcelWorkbook() {
		byte[] ole2 = new byte[512];
		byte[] magic = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		System.arraycopy(magic, 0, ole2, 0, magic.length);

		assertThatThrownBy(() -> ParticipantList.read("участники.xls", ole2, STARTS_ON, person -> false))
			.isInstanceOf(ImportFileRejected.class)
			.hasMessageStartingWith("Файл сохранён в старом формате Excel 97–2003 (XLS)");
		assertThatThrownBy(() -> ParticipantList.read("участники.xlsx", ole2, STARTS_ON, person -> false))
			.isInstanceOf(ImportFileRejected.class)
			.hasMessageStartingWith("Файл защищён паролем");
		assertThatThrownBy(() -> ParticipantList.read("участники.doc", ole2, STARTS_ON, person -> false))
			.isInstanceOf(ImportFileRejected.class)
			.hasMessage(NOT_A_TABLE);
	}

	@Test
	void shouldRejectAQuoteLeftOpen() {
		assertThatThrownBy(() -> read(csv(HEADER, "Петров Пётр;01.09.2012;\"8 Б;наставляемый;;;Петрова Анна",
				"Иванов Иван;01.09.2012;8 Б;наставляемый;;;Иванова Мария")))
			.isInstanceOf(ImportFileRejected.class)
			.hasMessage("В строке 2 открыта кавычка, которая не закрыта до конца файла");
	}

	@Test
	void shouldReadTenThousandRowsOfAWorkbook() throws IOException {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(HEADER_CELLS);
		for (int i = 0; i < 10_000; i++) {
			rows.add(cells("Участник Номер" + letters(i), LocalDate.of(2010, 1, 1).plusDays(i % 3000), "5 А",
					i % 10 == 0 ? "наставник" : "наставляемый", "p" + i + "@school3.ru", 9_120_000_000L + i,
					"Представитель Номер" + letters(i)));
		}

		ParticipantList.Result result = ParticipantList.read("участники.xlsx", workbook(rows), STARTS_ON,
				person -> false);

		assertThat(result.problems()).isEmpty();
		assertThat(result.totalRows()).isEqualTo(10_000);
		assertThat(result.validRows()).hasSize(10_000);
		assertThat(result.validRows().get(9_999).rowNumber()).isEqualTo(10_001);
		assertThat(result.validRows().get(9_999).phone()).isEqualTo("+79120009999");
	}

	@Test
	void shouldReadTenThousandRowsOfACsv() {
		StringBuilder text = new StringBuilder(HEADER);
		for (int i = 0; i < 10_000; i++) {
			text.append("\r\nУчастник Номер").append(letters(i)).append(";01.09.2012;5 А;наставляемый;;;")
				.append(i % 100 == 0 ? "" : "Представитель");
		}

		ParticipantList.Result result = read(text.toString().getBytes(StandardCharsets.UTF_8));

		assertThat(result.totalRows()).isEqualTo(10_000);
		assertThat(result.validRows()).hasSize(9_900);
		assertThat(result.problems()).hasSize(100);
	}

	@Test
	void shouldRejectMoreThanTwentyThousandRows() {
		StringBuilder text = new StringBuilder(HEADER);
		for (int i = 0; i <= ParticipantList.MAX_ROWS; i++) {
			text.append("\nУчастник Номер").append(letters(i)).append(";01.09.1980;;наставник;;;");
		}

		assertThatThrownBy(() -> read(text.toString().getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(ImportFileRejected.class)
			.hasMessage("В файле больше 20 000 строк; разделите его на части");
	}

	/** A number spelled in Russian letters, so that every generated name is distinct and valid. */
	private static String letters(int number) {
		String alphabet = "абвгдежзиклмнопрстуфхцчшщэюя";
		StringBuilder word = new StringBuilder();
		int rest = number;
		do {
			word.append(alphabet.charAt(rest % alphabet.length()));
			rest /= alphabet.length();
		}
		while (rest > 0);
		return word.toString();
	}
}
