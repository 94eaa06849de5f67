package ru.nastavnik.participant;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Who a person is when the programme tells one participant from another: the full name as compared (lower case,
 * «ё» read as «е», single spaces) and the birth date.
 */
public record PersonKey(String normalisedFullName, LocalDate birthDate) {

	public PersonKey {
		Objects.requireNonNull(normalisedFullName, "normalisedFullName");
		Objects.requireNonNull(birthDate, "birthDate");
	}

	/** The key of a person as written anywhere: in a spreadsheet, in a form, in the database. */
	public static PersonKey of(String fullName, LocalDate birthDate) {
		return new PersonKey(normalise(fullName), birthDate);
	}

	/** Text as compared: composed Unicode, lower case, «ё» as «е», runs of any spaces as one space, no edges. */
	public static String normalise(String text) {
		String composed = Normalizer.normalize(Objects.requireNonNull(text, "text"), Normalizer.Form.NFC);
		StringBuilder normalised = new StringBuilder(composed.length());
		boolean space = false;
		for (int i = 0; i < composed.length(); i++) {
			char c = composed.charAt(i);
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				space = normalised.length() > 0;
				continue;
			}
			if (space) {
				normalised.append(' ');
				space = false;
			}
			char lower = Character.toLowerCase(c);
			normalised.append(lower == 'ё' ? 'е' : lower);
		}
		return normalised.toString();
	}
}
