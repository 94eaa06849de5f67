package ru.nastavnik.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The «Акт об уничтожении персональных данных» with its extract from the event log, as the requirements of Приказ
 * Роскомнадзора № 179 от 28.10.2022 list them. The subject is named by a pseudonymous reference only: the act outlives
 * the data it certifies destroyed, so it must not bring the person's name back.
 *
 * @param date the day the data were destroyed and the act drawn up
 * @param operatorAddress {@code null} prints a blank line to fill by hand
 * @param processor the name and address of whoever processed the data on the operator's instruction; {@code null}
 * when nobody did
 * @param subjectReference «участник программы № 42», never the person's name
 * @param reason «Отзыв согласия на обработку персональных данных от 12.11.2026»
 * @param storageLocations the information systems and places the data were erased from
 * @param method «удаление записей и необратимое обезличивание в базе данных»
 * @param responsibleLogin the account of whoever destroyed the data
 */
record ErasureAct(String number, LocalDate date, String operatorName, String operatorAddress, String processor,
		String subjectReference, String reason, List<String> dataCategories, List<String> storageLocations,
		String method, int recordsDestroyed, String responsibleLogin, List<EventLogLine> eventLog) {

	public ErasureAct {
		Objects.requireNonNull(number, "number");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(operatorName, "operatorName");
		Objects.requireNonNull(subjectReference, "subjectReference");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(responsibleLogin, "responsibleLogin");
		if (recordsDestroyed < 0) {
			throw new IllegalArgumentException("Число уничтоженных записей не может быть отрицательным");
		}
		dataCategories = List.copyOf(dataCategories);
		storageLocations = List.copyOf(storageLocations);
		eventLog = List.copyOf(eventLog);
	}

	/** One event of the erasure as the system's log recorded it. */
	public record EventLogLine(Instant at, String actor, String action) {

		public EventLogLine {
			Objects.requireNonNull(at, "at");
			Objects.requireNonNull(actor, "actor");
			Objects.requireNonNull(action, "action");
		}
	}
}
