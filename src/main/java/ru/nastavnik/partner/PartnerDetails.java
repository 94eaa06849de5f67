package ru.nastavnik.partner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import ru.nastavnik.problem.InvalidInput;

/**
 * A partner as a form or a request gives it, checked: every problem named in Russian at once, nothing kept while one is
 * wrong.
 *
 * @param contactPerson whom to write to, optional
 * @param email optional; where the invitations go
 */
public record PartnerDetails(String name, PartnerKind kind, String contactPerson, String email, String phone,
		String note) {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern PHONE = Pattern.compile("[+0-9()\\-\\s]{5,32}");

	/** Reads the raw values, trimmed, empty ones as absent. */
	public static PartnerDetails read(String name, String kind, String contactPerson, String email, String phone,
			String note) {
		List<String> problems = new ArrayList<>();
		String checkedName = text(name, "Название", 3, 255, true, problems);
		PartnerKind checkedKind = null;
		if (kind == null || kind.isBlank()) {
			problems.add("Выберите вид партнёра");
		}
		else {
			try {
				checkedKind = PartnerKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				problems.add("Вид партнёра «" + kind.strip() + "» неизвестен: выберите его из списка");
			}
		}
		String person = text(contactPerson, "Контактное лицо", 3, 255, false, problems);
		String mail = text(email, "Электронная почта", 5, 255, false, problems);
		if (mail != null && !EMAIL.matcher(mail).matches()) {
			problems.add("Электронная почта указана с ошибкой: нужен адрес вида name@example.ru");
		}
		String tel = text(phone, "Телефон", 5, 32, false, problems);
		if (tel != null && !PHONE.matcher(tel).matches()) {
			problems.add("Телефон: только цифры, пробелы, скобки, дефисы и «+»");
		}
		String remark = text(note, "Примечание", 0, 1000, false, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInput(String.join("; ", problems));
		}
		return new PartnerDetails(checkedName, checkedKind, person, mail, tel, remark);
	}

	private static String text(String raw, String label, int least, int most, boolean required,
			List<String> problems) {
		if (raw == null || raw.isBlank()) {
			if (required) {
				problems.add("Заполните поле «" + label + "»");
			}
			return null;
		}
		String value = raw.strip();
		if (value.length() < least) {
			problems.add("Поле «" + label + "»: не короче " + least + " символов");
		}
		if (value.length() > most) {
			problems.add("Поле «" + label + "»: не длиннее " + most + " символов");
		}
		return value;
	}
}
