package ru.nastavnik.roster;

import java.time.LocalDate;

import ru.nastavnik.participant.ParticipantRole;
import ru.nastavnik.participant.PersonKey;

/**
 * One participant read from a school's list without a single problem. Optional values the school left blank are
 * {@code null}.
 *
 * @param rowNumber the row's number as the spreadsheet shows it, the header being row 1
 * @param fullName the full name with its spaces collapsed, letters as written
 * @param birthDate the birth date
 * @param classOrPosition the class of a pupil or the position of an employee, or {@code null}
 * @param role the side the person takes in the programme
 * @param email the e-mail address, or {@code null}
 * @param phone the phone number as {@code +7XXXXXXXXXX}, or {@code null}
 * @param representativeName the legal representative, or {@code null}
 * @param minor whether the person is under 18 on the day the programme starts
 */
record ImportRow(int rowNumber, String fullName, LocalDate birthDate, String classOrPosition,
		ParticipantRole role, String email, String phone, String representativeName, boolean minor) {

	/** The key this participant is told apart from others by. */
	public PersonKey personKey() {
		return PersonKey.of(fullName, birthDate);
	}
}
