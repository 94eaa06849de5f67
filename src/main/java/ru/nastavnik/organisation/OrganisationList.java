package ru.nastavnik.organisation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import ru.nastavnik.document.FilledList;
import ru.nastavnik.document.ImportFileRejected;
import ru.nastavnik.document.RowProblem;
import ru.nastavnik.document.TableColumn;
import ru.nastavnik.document.TableHeader;
import ru.nastavnik.document.TableRow;
import ru.nastavnik.document.XlsxDocument;
import ru.nastavnik.organisation.OrganisationOnboarding.Field;
import ru.nastavnik.organisation.OrganisationOnboarding.NewOrganisation;
import ru.nastavnik.organisation.OrganisationOnboarding.Refusal;

/**
 * A municipality's list of organisations read for onboarding: an XLSX workbook (or CSV text) with the columns of the
 * template. The cells are read into what the form would hold, and each row is then refused by the very check the
 * form uses ({@link OrganisationOnboarding#check}); on top of it, the file itself must not name an organisation twice.
 */
final class OrganisationList {

	/** The most rows one file may hold. */
	static final int MAX_ROWS = 2_000;

	private static final int MAX_COUNT_DIGITS = 7;

	/** The columns of the template, in its order, by the titles a person may give them. */
	enum Column implements TableColumn {

		NAME(Field.NAME, "Название", "Полное название", "Наименование"),
		KIND(Field.KIND, "Тип"),
		MUNICIPALITY(Field.MUNICIPALITY, "Муниципалитет"),
		SITE_URL(Field.SITE_URL, "Сайт"),
		ADDRESS(Field.ADDRESS, "Адрес"),
		PUPILS(Field.PUPILS, "Обучающихся", "Число обучающихся"),
		TEACHERS(Field.TEACHERS, "Педагогов", "Число педагогов");

		private final Field field;

		private final List<String> titles;

		Column(Field field, String title, String... otherTitles) {
			this.field = field;
			this.titles = Stream.concat(Stream.of(title), Arrays.stream(otherTitles)).toList();
		}

		@Override
		public String title() {
			return titles.get(0);
		}

		@Override
		public List<String> titles() {
			return titles;
		}

		static Column of(Field field) {
			return Arrays.stream(values()).filter(column -> column.field == field).findFirst().orElseThrow();
		}
	}

	/** One organisation of the list without a single problem, and its row's number. */
	record Row(int rowNumber, NewOrganisation organisation) {
	}

	/**
	 * What a list holds.
	 *
	 * @param validRows the rows without a single problem, in the file's order
	 * @param problems every problem of every other row, in the file's order
	 * @param totalRows how many organisation rows the file holds, blank rows and the header not counted
	 */
	record Result(List<Row> validRows, List<RowProblem> problems, int totalRows) {

		Result {
			validRows = List.copyOf(validRows);
			problems = List.copyOf(problems);
		}

		boolean hasProblems() {
			return !problems.isEmpty();
		}
	}

	private final Function<NewOrganisation, List<Refusal>> check;

	private final Map<String, Integer> firstRowOf = new HashMap<>();

	private final List<Row> validRows = new ArrayList<>();

	private final List<RowProblem> problems = new ArrayList<>();

	private TableHeader<Column> header;

	private OrganisationList(Function<NewOrganisation, List<Refusal>> check) {
		this.check = check;
	}

	/**
	 * Reads an uploaded list and checks every row of it.
	 *
	 * @param check what is wrong with one organisation as filled in: the onboarding's own check
	 * @throws ImportFileRejected when the file is empty, is not a table, has other columns than the template or more
	 * than {@value #MAX_ROWS} rows
	 */
	static Result read(String fileName, byte[] content, Function<NewOrganisation, List<Refusal>> check) {
		OrganisationList list = new OrganisationList(check);
		int totalRows = FilledList.read(fileName, content, Column.class, MAX_ROWS,
				"Файл пуст: в нём нет ни одной строки организации", (header, row) -> {
					list.header = header;
					list.readRow(row);
				});
		return new Result(list.validRows, list.problems, totalRows);
	}

	/** The template to fill in: the header row and one example organisation. */
	static byte[] template() {
		return XlsxDocument.create()
			.sheetToFill("Организации", Arrays.stream(Column.values()).map(Column::title).toList(),
					new int[] { 44, 14, 32, 28, 48, 14, 12 },
					List.of(List.of("МБОУ «Средняя школа № 1 г. Лысково»", "школа", "Лысковский муниципальный округ",
							"https://school1-lyskovo.ru", "606210, Нижегородская обл., г. Лысково, ул. Ленина, 1",
							640, 48)))
			.toBytes();
	}

	private void readRow(TableRow row) {
		int number = row.number();
		int problemsBefore = problems.size();
		Set<Field> unreadable = EnumSet.noneOf(Field.class);
		OrganisationKind kind = kind(row, unreadable);
		Integer pupils = count(row, Column.PUPILS, "обучающихся", unreadable);
		Integer teachers = count(row, Column.TEACHERS, "педагогов", unreadable);
		NewOrganisation organisation = new NewOrganisation(text(row, Column.NAME), kind, text(row, Column.MUNICIPALITY),
				text(row, Column.SITE_URL), text(row, Column.ADDRESS), pupils, teachers, null);
		for (Refusal refusal : check.apply(organisation)) {
			if (!unreadable.contains(refusal.field())) {
				problem(number, Column.of(refusal.field()), refusal.message());
			}
		}
		String name = text(row, Column.NAME);
		if (name != null) {
			Integer firstRow = firstRowOf.putIfAbsent(comparable(name), number);
			if (firstRow != null) {
				problem(number, Column.NAME, "Повтор строки " + firstRow + ": организация «"
						+ RowProblem.quotable(name) + "» уже есть в файле");
			}
		}
		header.strayValue(row).ifPresent(stray -> problem(number, null, stray));
		if (problems.size() == problemsBefore) {
			validRows.add(new Row(number, organisation));
		}
	}

	private OrganisationKind kind(TableRow row, Set<Field> unreadable) {
		String text = header.value(row, Column.KIND);
		if (text.isEmpty()) {
			return null;
		}
		return OrganisationKind.ofTitle(text).orElseGet(() -> {
			unreadable.add(Field.KIND);
			problem(row.number(), Column.KIND, "Неизвестный тип «" + RowProblem.quotable(text) + "»: укажите "
					+ OrganisationKind.HINT);
			return null;
		});
	}

	/** A whole number as people write it: «640» in a number cell or as text, «1 200» with a space. */
	private Integer count(TableRow row, Column column, String whom, Set<Field> unreadable) {
		String text = header.value(row, column);
		if (text.isEmpty()) {
			return null;
		}
		String digits = text.replace(" ", "").replace("\u00A0", "");
		if (digits.matches("-?\\d{1," + MAX_COUNT_DIGITS + "}")) {
			return Integer.valueOf(digits);
		}
		unreadable.add(column.field);
		problem(row.number(), column, "Число " + whom + " — целое число, а не «" + RowProblem.quotable(text) + "»");
		return null;
	}

	private String text(TableRow row, Column column) {
		String text = header.value(row, column);
		return text.isEmpty() ? null : text;
	}

	private void problem(int number, Column column, String message) {
		problems.add(new RowProblem(number, column == null ? null : column.title(), message));
	}

	/** A name as two rows are told apart: any case, spaces collapsed, «ё» as «е». */
	private static String comparable(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('ё', 'е');
	}
}
