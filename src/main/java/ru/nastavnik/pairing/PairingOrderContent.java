package ru.nastavnik.pairing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a director's order on pairs says, ready to print with {@link PairingOrderDocument}: who issues it, its number,
 * date and version, the programme, the curator, the pairs and groups it fixes, the pairs it ends early and when the
 * reports are due.
 *
 * @param kind whether the order fixes the pairs or amends an earlier order
 * @param organisationName the organisation's full name, as it heads the order
 * @param organisationAddress printed under the name; {@code null} when unknown
 * @param locality where the order is issued, such as «г. Лысково»; {@code null} leaves it out
 * @param number the order's number, such as «15-Н»
 * @param date the order's date
 * @param version the version of the order's text, from 1; a return for rework makes a new one
 * @param draft whether the order is not yet approved: a draft says «проект, версия N» at the top of every page
 * @param programmeTitle the programme the pairs work in
 * @param curatorName the full name of the programme's curator, who answers for it
 * @param directorName the full name of whoever signs the order
 * @param directorPosition the signer's position: «Директор» for a school, «Заведующий» for a kindergarten
 * @param amendedNumber the number of the order an {@link PairingOrderKind#AMENDING AMENDING} order changes;
 *     {@code null} for a {@link PairingOrderKind#PAIRING PAIRING} order
 * @param amendedDate the date of the order an AMENDING order changes; {@code null} for a PAIRING order
 * @param groups the pairs and groups the order fixes, in the order of its appendix
 * @param endedPairs the pairs an AMENDING order ends early; a PAIRING order ends none
 * @param reportingSchedule what the curator reports and when, in order
 */
record PairingOrderContent(PairingOrderKind kind, String organisationName, String organisationAddress,
		String locality, String number, LocalDate date, int version, boolean draft, String programmeTitle,
		String curatorName, String directorName, String directorPosition, String amendedNumber,
		LocalDate amendedDate, List<Group> groups, List<EndedPair> endedPairs, List<ReportingItem> reportingSchedule) {

	/**
	 * A mentor with the mentees the order gives them: one mentee makes a pair, more make a group.
	 *
	 * @param mentorName the mentor's full name
	 * @param mentorDescription who the mentor is, such as «учитель математики» or «обучающийся 10 «А» класса»;
	 *     {@code null} leaves the name alone
	 * @param formTitle the form of mentoring, such as «Учитель — учитель»
	 * @param from the first day the pair or group works
	 * @param to the last day the pair or group works
	 * @param mentees the mentees' full names, at least one
	 */
	public record Group(String mentorName, String mentorDescription, String formTitle, LocalDate from, LocalDate to,
			List<String> mentees) {

		public Group {
			Objects.requireNonNull(mentorName, "mentorName");
			Objects.requireNonNull(formTitle, "formTitle");
			Objects.requireNonNull(from, "from");
			Objects.requireNonNull(to, "to");
			mentees = List.copyOf(mentees);
			if (mentees.isEmpty()) {
				throw new IllegalArgumentException("У наставника " + mentorName + " нет наставляемых");
			}
			if (to.isBefore(from)) {
				throw new IllegalArgumentException(
						"Срок работы наставника " + mentorName + " кончается раньше, чем начинается");
			}
		}

		/** Whether the mentor has one mentee only. */
		public boolean pair() {
			return mentees.size() == 1;
		}
	}

	/**
	 * A pair that stops working before its term.
	 *
	 * @param endedOn the day the pair stops working
	 * @param reason why, as the order states it, such as «перевод обучающегося в другую образовательную организацию»
	 */
	public record EndedPair(String mentorName, String menteeName, LocalDate endedOn, String reason) {

		public EndedPair {
			Objects.requireNonNull(mentorName, "mentorName");
			Objects.requireNonNull(menteeName, "menteeName");
			Objects.requireNonNull(endedOn, "endedOn");
			Objects.requireNonNull(reason, "reason");
		}
	}

	/**
	 * A report the curator makes: «Отчёт куратора о работе пар», «до 30 ноября».
	 *
	 * @param what what is reported
	 * @param when by when, as the order words it
	 */
	public record ReportingItem(String what, String when) {

		public ReportingItem {
			Objects.requireNonNull(what, "what");
			Objects.requireNonNull(when, "when");
		}
	}

	public PairingOrderContent {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(organisationName, "organisationName");
		Objects.requireNonNull(number, "number");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(programmeTitle, "programmeTitle");
		Objects.requireNonNull(curatorName, "curatorName");
		Objects.requireNonNull(directorName, "directorName");
		Objects.requireNonNull(directorPosition, "directorPosition");
		groups = List.copyOf(groups);
		endedPairs = List.copyOf(endedPairs);
		reportingSchedule = List.copyOf(reportingSchedule);
		if (version < 1) {
			throw new IllegalArgumentException("Версия приказа начинается с 1, а не " + version);
		}
		boolean amending = kind == PairingOrderKind.AMENDING;
		if (amending != (amendedNumber != null) || amending != (amendedDate != null)) {
			throw new IllegalArgumentException(amending ? "Не указаны номер и дата изменяемого приказа"
					: "Приказ о закреплении пар не изменяет другой приказ");
		}
		if (!amending && (groups.isEmpty() || !endedPairs.isEmpty())) {
			throw new IllegalArgumentException(
					"Приказ о закреплении пар закрепляет хотя бы одну пару и не прекращает пар");
		}
		if (amending && groups.isEmpty() && endedPairs.isEmpty()) {
			throw new IllegalArgumentException("Приказ о внесении изменений ничего не изменяет");
		}
	}
}
