package ru.nastavnik.consent;

import java.time.ZoneId;
import java.util.List;

import org.springframework.stereotype.Component;
import ru.nastavnik.document.PdfDocument;
import ru.nastavnik.time.RussianDates;

/**
 * An {@link ErasureAct} as the A4 document the operator signs and keeps: the items the requirements of Приказ
 * Роскомнадзора № 179 от 28.10.2022 ask of an act of destruction, then the extract from the event log in Moscow time.
 */
@Component
class ErasureActDocument {

	private static final String TITLE = "Акт об уничтожении персональных данных";

	private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	private static final List<String> LOG_COLUMNS = List.of("Дата и время", "Кто", "Действие");

	private static final String BASIS = "Акт составлен в соответствии с Требованиями к подтверждению уничтожения "
			+ "персональных данных, утверждёнными приказом Роскомнадзора от 28.10.2022 № 179.";

	private static final String KEEPING = "Акт и выписка из журнала регистрации событий хранятся в течение трёх лет с "
			+ "даты уничтожения персональных данных.";

	public byte[] pdf(ErasureAct act) {
		return PdfDocument.portrait(TITLE + " № " + act.number())
			.heading(TITLE)
			.subtitle("№ " + act.number() + " от " + RussianDates.format(act.date()))
			.paragraph(BASIS)
			.field("Оператор", act.operatorName())
			.field("Адрес оператора", act.operatorAddress())
			.field("Обработка по поручению оператора", act.processor() == null ? "не поручалась" : act.processor())
			.field("Субъект персональных данных", act.subjectReference())
			.field("Причина уничтожения", act.reason())
			.field("Дата уничтожения", RussianDates.format(act.date()))
			.paragraph("Категории уничтоженных персональных данных:")
			.items(act.dataCategories())
			.paragraph("Информационные системы и места хранения, из которых уничтожены персональные данные:")
			.items(act.storageLocations())
			.field("Способ уничтожения", act.method())
			.field("Количество уничтоженных записей", Integer.toString(act.recordsDestroyed()))
			.field("Учётная запись ответственного", act.responsibleLogin())
			.section("Выписка из журнала регистрации событий")
			.paragraph("Время московское.")
			.table(new float[] { 26, 22, 52 }, LOG_COLUMNS,
					act.eventLog()
						.stream()
						.map(line -> List.of(RussianDates.formatWithTime(line.at().atZone(MOSCOW)), line.actor(),
								line.action()))
						.toList())
			.paragraph(KEEPING)
			.blank("Должность ответственного")
			.signature("Лицо, уничтожившее персональные данные", null)
			.toBytes();
	}
}
