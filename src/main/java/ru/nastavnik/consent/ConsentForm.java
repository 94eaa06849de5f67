package ru.nastavnik.consent;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The content of one consent document (152-ФЗ ст. 9 ч. 4) as the organisation prints it for signing. What the form
 * leaves blank — addresses, identity documents, the ст. 10.1 conditions — the person writes in by hand.
 *
 * @param number the consent's number, «С-2026-000042»
 * @param date the day the form is made out
 * @param subjectFullName the person whose data are processed
 * @param representativeFullName the legal representative who signs for a minor; {@code null} when the subject signs
 * @param operatorAddress {@code null} prints a blank line to fill by hand
 * @param operatorWebsite the organisation's site, where the data allowed for distribution are published;
 * {@code null} prints a blank line
 * @param processor the name and address of whoever processes the data on the operator's instruction; {@code null}
 * when nobody does
 * @param programmeTitle «Программа наставничества МБОУ СШ №3 г. Лысково на 2026/2027 учебный год»
 * @param validUntil the last day the consent is in force unless revoked earlier
 */
record ConsentForm(String number, LocalDate date, ConsentPurpose purpose, String subjectFullName,
		LocalDate subjectBirthDate, String representativeFullName, String operatorName, String operatorAddress,
		String operatorWebsite, String processor, String programmeTitle, LocalDate validUntil) {

	public ConsentForm {
		Objects.requireNonNull(number, "number");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(purpose, "purpose");
		Objects.requireNonNull(subjectFullName, "subjectFullName");
		Objects.requireNonNull(subjectBirthDate, "subjectBirthDate");
		Objects.requireNonNull(operatorName, "operatorName");
		Objects.requireNonNull(programmeTitle, "programmeTitle");
		Objects.requireNonNull(validUntil, "validUntil");
		if (validUntil.isBefore(date)) {
			throw new IllegalArgumentException("Согласие " + number + " истекает раньше, чем оформлено");
		}
	}

	/** Whether a legal representative gives the consent on behalf of a minor. */
	public boolean givenByRepresentative() {
		return representativeFullName != null;
	}
}
