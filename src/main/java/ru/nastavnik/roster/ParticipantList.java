package ru.nastavnik.roster;

import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ru.nastavnik.document.FilledList;
import ru.nastavnik.document.ImportFileRejected;
import ru.nastavnik.document.RowProblem;
import ru.nastavnik.document.TableColumn;
import ru.nastavnik.document.TableHeader;
import ru.nastavnik.document.TableRow;
import ru.nastavnik.participant.Enrolment;
import ru.nastavnik.participant.ParticipantRole;
import ru.nastavnik.participant.PersonKey;
import ru.nastavnik.time.RussianDates;

/**
 * A school's list of participants read for import: an XLSX workbook or a CSV text with the seven columns of the
 * template, each row checked as a careful curator would check it by hand. A row with any problem is reported in
 * Russian and left out; a file that cannot be read as such a list at all is rejected with {@link ImportFileRejected}.
 * The format is told by the content, so a CSV saved under an «.xlsx» name is still read.
 */
final class ParticipantList {

	/** The most data rows one file may hold. */
	public static final int MAX_ROWS = 20_000;

	private static final int MAX_TEXT_LENGTH = 255;

	private static final int MAX_EMAIL_LENGTH = 254;

	private static final int YOUNGEST_AGE = 5;

	private static final int OLDEST_AGE = 100;


	private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
			DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT));

	private static final String EMAIL_LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?";

	private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
			+ "(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:" + EMAIL_LABEL + "\\.)+\\p{L}(?:[\\p{L}\\p{N}-]{0,61}"
			+ "[\\p{L}\\p{N}])?");

	private static final String ROLE_HINT = Arrays.stream(ParticipantRole.values())
		.map(role -> "«" + role.title() + "»")
		.collect(Collectors.joining(" или ", "укажите ", ""));

	private final LocalDate programmeStartsOn;

	private final Predicate<PersonKey> alreadyEnrolled;

	private final Map<PersonKey, Integer> firstRowOf = new HashMap<>();

	private final List<ImportRow> validRows = new ArrayList<>();

	private final List<RowProblem> problems = new ArrayList<>();

	/** Where the template's columns stand, once the header row is read. */
	private TableHeader<Column> header;

	private ParticipantList(LocalDate programmeStartsOn, Predicate<PersonKey> alreadyEnrolled) {
		this.programmeStartsOn = Objects.requireNonNull(programmeStartsOn, "programmeStartsOn");
		this.alreadyEnrolled = Objects.requireNonNull(alreadyEnrolled, "alreadyEnrolled");
	}

	/**
	 * Reads an uploaded list and checks every row of it.
	 *
	 * @param fileName the name the file was uploaded under, or {@code null}; only a hint for explaining why an
	 * Office file that is not XLSX is refused, the format itself is told by the content
	 * @param content the file as uploaded
	 * @param programmeStartsOn the day the programme starts: ages and minority are reckoned on it
	 * @param alreadyEnrolled whether a person is in the programme already; asked once for every distinct person
	 * @return the rows fit for import, the problems of the others and how many participant rows the file holds
	 * @throws ImportFileRejected when the file is empty, is not an XLSX or CSV table, has other columns than the
	 * template or more than {@value #MAX_ROWS} rows
	 */
	public static Result read(String fileName, byte[] content, LocalDate programmeStartsOn,
			Predicate<PersonKey> alreadyEnrolled) {
		ParticipantList list = new ParticipantList(programmeStartsOn, alreadyEnrolled);
		int totalRows = FilledList.read(fileName, content, Column.class, MAX_ROWS,
				"Файл пуст: в нём нет ни одной строки участника", (header, row) -> {
					list.header = header;
					list.readRow(row);
				});
		return new Result(list.validRows, list.problems, totalRows);
	}

	private void readRow(TableRow row) {
		int number = row.number();
		int problemsBefore = problems.size();
		String fullName = fullName(row);
		LocalDate birthDate = birthDate(row);
		String classOrPosition = optionalText(row, Column.CLASS_OR_POSITION);
		ParticipantRole role = role(row);
		String email = email(row);
		String phone = phone(row);
		String representativeName = optionalText(row, Column.REPRESENTATIVE);
		// the one rule of minority, the same as for a person added one by one
		boolean minor = birthDate != null && Enrolment.minorOn(birthDate, programmeStartsOn);
		if (minor && value(row, Column.REPRESENTATIVE).isEmpty()) {
			problem(number, Column.REPRESENTATIVE,
					"Участник несовершеннолетний на дату начала программы: укажите законного представителя");
		}
		if (fullName != null && birthDate != null) {
			checkNotDuplicate(number, PersonKey.of(fullName, birthDate));
		}
		header.strayValue(row).ifPresent(stray -> problem(number, null, stray));
		if (problems.size() == problemsBefore) {
			validRows.add(new ImportRow(number, fullName, birthDate, classOrPosition, role, email, phone,
					representativeName, minor));
		}
	}

	private String fullName(TableRow row) {
		String name = value(row, Column.FULL_NAME);
		if (name.isEmpty()) {
			return problem(row.number(), Column.FULL_NAME, "Не указаны ФИО");
		}
		if (name.length() > MAX_TEXT_LENGTH) {
			return problem(row.number(), Column.FULL_NAME, "ФИО длиннее " + MAX_TEXT_LENGTH + " символов");
		}
		int words = 0;
		boolean letters = false;
		for (int i = 0; i < name.length(); i += Character.charCount(name.codePointAt(i))) {
			int c = name.codePointAt(i);
			if (c == ' ') {
				words += letters ? 1 : 0;
				letters = false;
			}
			else if (Character.isLetter(c)) {
				letters = true;
			}
			else if (!isNameMark(c)) {
				return problem(row.number(), Column.FULL_NAME, "ФИО может содержать только буквы, пробелы, дефисы "
						+ "и апострофы: «" + RowProblem.quotable(name) + "»");
			}
		}
		words += letters ? 1 : 0;
		if (words < 2) {
			return problem(row.number(), Column.FULL_NAME,
					"Укажите в ФИО хотя бы фамилию и имя: «" + RowProblem.quotable(name) + "»");
		}
		return name;
	}

	/** Hyphens, apostrophes as typed on any keyboard, and the accents of names written in other alphabets. */
	private static boolean isNameMark(int c) {
		return c == '-' || c == '\u2010' || c == '\u2011' || c == '\'' || c == '\u2019' || c == '\u02BC'
				|| Character.getType(c) == Character.NON_SPACING_MARK;
	}

	private LocalDate birthDate(TableRow row) {
		TableRow.Cell cell = header.cell(row, Column.BIRTH_DATE);
		LocalDate date = cell.date() != null ? cell.date() : parsedBirthDate(row.number(), cell.value());
		if (date == null) {
			return null;
		}
		if (date.isAfter(programmeStartsOn)) {
			return problem(row.number(), Column.BIRTH_DATE, "Дата рождения " + RussianDates.format(date)
					+ " позже даты начала программы " + RussianDates.format(programmeStartsOn));
		}
		int age = date.until(programmeStartsOn).getYears();
		if (age < YOUNGEST_AGE) {
			return problem(row.number(), Column.BIRTH_DATE, "Дата рождения " + RussianDates.format(date)
					+ ": на дату начала программы участнику меньше " + YOUNGEST_AGE + " лет");
		}
		if (age > OLDEST_AGE) {
			return problem(row.number(), Column.BIRTH_DATE, "Дата рождения " + RussianDates.format(date)
					+ ": на дату начала программы участнику больше " + OLDEST_AGE + " лет");
		}
		return date;
	}

	/** A date written as text: dd.mm.yyyy as Russians write it, or yyyy-mm-dd as computers do. */
	private LocalDate parsedBirthDate(int number, String text) {
		if (text.isEmpty()) {
			return problem(number, Column.BIRTH_DATE, "Не указана дата рождения");
		}
		for (DateTimeFormatter format : DATE_FORMATS) {
			ParsePosition position = new ParsePosition(0);
			TemporalAccessor fields = format.parseUnresolved(text, position);
			if (fields != null && position.getErrorIndex() < 0 && position.getIndex() == text.length()) {
				try {
					return format.parse(text, LocalDate::from);
				}
				catch (DateTimeParseException nonexistent) {
					return problem(number, Column.BIRTH_DATE, "Дата рождения " + text + " не существует");
				}
			}
		}
		return problem(number, Column.BIRTH_DATE,
				"Неверная дата рождения «" + RowProblem.quotable(text) + "»: укажите дд.мм.гггг");
	}

	private ParticipantRole role(TableRow row) {
		String text = value(row, Column.ROLE);
		if (text.isEmpty()) {
			return problem(row.number(), Column.ROLE, "Не указана роль: " + ROLE_HINT);
		}
		Optional<ParticipantRole> role = ParticipantRole.ofTitle(text);
		if (role.isEmpty()) {
			return problem(row.number(), Column.ROLE, "Неизвестная роль «" + RowProblem.quotable(text) + "»: " + ROLE_HINT);
		}
		return role.get();
	}

	private String email(TableRow row) {
		String email = value(row, Column.EMAIL);
		if (email.isEmpty()) {
			return null;
		}
		if (email.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(email).matches()) {
			return problem(row.number(), Column.EMAIL, "Неверный адрес электронной почты «" + RowProblem.quotable(email) + "»");
		}
		return email;
	}

	private String phone(TableRow row) {
		String text = value(row, Column.PHONE);
		if (text.isEmpty()) {
			return null;
		}
		String phone = normalisedPhone(text);
		if (phone == null) {
			return problem(row.number(), Column.PHONE, "Неверный номер телефона «" + RowProblem.quotable(text)
					+ "»: укажите российский номер, например +7 912 345-67-89");
		}
		return phone;
	}

	/**
	 * A Russian number as +7XXXXXXXXXX, from the ways people write it: «8 (912) 345-67-89», «+7 912 3456789»,
	 * «9123456789»; {@code null} when the text is not such a number.
	 */
	private static String normalisedPhone(String text) {
		StringBuilder digits = new StringBuilder(11);
		boolean plus = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				digits.append(c);
			}
			else if (c == '+' && i == 0) {
				plus = true;
			}
			else if (c != ' ' && c != '(' && c != ')' && c != '-' && c != '.' && c != '\u2010' && c != '\u2011'
					&& c != '\u2012' && c != '\u2013') {
				return null;
			}
		}
		if (digits.length() == 11 && (digits.charAt(0) == '7' || (!plus && digits.charAt(0) == '8'))) {
			char area = digits.charAt(1);
			return area == '3' || area == '4' || area == '8' || area == '9' ? "+7" + digits.substring(1) : null;
		}
		if (digits.length() == 10 && !plus) {
			// Without the leading 8 a number starting with 8 is more likely an 8-number missing a digit.
			char area = digits.charAt(0);
			return area == '3' || area == '4' || area == '9' ? "+7" + digits : null;
		}
		return null;
	}

	private String optionalText(TableRow row, Column column) {
		String text = value(row, column);
		if (text.isEmpty()) {
			return null;
		}
		if (text.length() > MAX_TEXT_LENGTH) {
			return problem(row.number(), column,
					"Текст в столбце «" + column.title + "» длиннее " + MAX_TEXT_LENGTH + " символов");
		}
		return text;
	}

	private void checkNotDuplicate(int number, PersonKey person) {
		Integer firstRow = firstRowOf.putIfAbsent(person, number);
		if (firstRow != null) {
			problem(number, null, "Повтор строки " + firstRow + ": тот же участник (ФИО и дата рождения)");
		}
		else if (alreadyEnrolled.test(person)) {
			problem(number, null, "Участник уже есть в программе");
		}
	}

	private String value(TableRow row, Column column) {
		return header.value(row, column);
	}

	/** Records a problem of the row; returns {@code null} so that a check can report and give up in one step. */
	private <T> T problem(int number, Column column, String message) {
		problems.add(new RowProblem(number, column == null ? null : column.title, message));
		return null;
	}

	/**
	 * What a list holds.
	 *
	 * @param validRows the rows without a single problem, in the file's order
	 * @param problems every problem of every other row, in the file's order
	 * @param totalRows how many participant rows the file holds, blank rows and the header not counted
	 */
	public record Result(List<ImportRow> validRows, List<RowProblem> problems, int totalRows) {

		public Result {
			validRows = List.copyOf(validRows);
			problems = List.copyOf(problems);
		}

		public boolean hasProblems() {
			return !problems.isEmpty();
		}
	}

	/** The columns of the template, by the titles a school may give them. */
	private enum Column implements TableColumn {

		FULL_NAME("ФИО"),
		BIRTH_DATE("Дата рождения"),
		CLASS_OR_POSITION("Класс или должность"),
		ROLE("Роль"),
		EMAIL("E-mail", "Email", "Электронная почта"),
		PHONE("Телефон"),
		REPRESENTATIVE("Законный представитель");

		private final String title;

		private final List<String> titles;

		Column(String title, String... otherTitles) {
			this.title = title;
			this.titles = Stream.concat(Stream.of(title), Arrays.stream(otherTitles)).toList();
		}

		@Override
		public String title() {
			return title;
		}

		@Override
		public List<String> titles() {
			return titles;
		}
	}
}
