package ru.nastavnik.consent;

import org.springframework.stereotype.Component;
import ru.nastavnik.document.PdfDocument;
import ru.nastavnik.time.RussianDates;

/**
 * A {@link ConsentForm} as a separate A4 document to print and sign: every item of 152-ФЗ ст. 9 ч. 4 in a numbered
 * section of its own, blanks for what the person writes by hand, and the signature of the subject or, for a minor, of
 * the legal representative.
 */
@Component
class ConsentFormDocument {

	private static final String SEPARATE_DOCUMENT = "Настоящее согласие оформлено отдельным документом, отдельно от "
			+ "иной информации и иных документов, которые подписывает субъект персональных данных (ч. 1 ст. 9 "
			+ "Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных» в редакции, действующей с 01.09.2025).";

	private static final String FREE_WILL = "Согласие даётся свободно, своей волей и в интересе субъекта персональных "
			+ "данных; оно конкретное, предметное, информированное, сознательное и однозначное.";

	private static final String ON_BEHALF_OF_MINOR = "Законный представитель даёт настоящее согласие от имени "
			+ "несовершеннолетнего субъекта персональных данных и в его интересах.";

	private static final String SUBJECT_CONDITIONS = "Условия и запреты, которые устанавливает субъект персональных "
			+ "данных (ст. 10.1 Федерального закона № 152-ФЗ), заполняются собственноручно; отказ оператора в их "
			+ "установлении не допускается.";

	private static final String DESTRUCTION = "После отзыва согласия оператор прекращает обработку персональных данных "
			+ "и уничтожает их в срок, не превышающий тридцати дней с даты поступления отзыва (ч. 5 ст. 21 "
			+ "Федерального закона № 152-ФЗ), если иное не предусмотрено федеральным законом; об уничтожении "
			+ "составляется акт.";

	public byte[] pdf(ConsentForm form) {
		ConsentPurpose purpose = form.purpose();
		PdfDocument pdf = PdfDocument.portrait(purpose.title() + " № " + form.number())
			.heading(purpose.title())
			.subtitle("№ " + form.number() + " от " + RussianDates.format(form.date()))
			.paragraph(SEPARATE_DOCUMENT)
			.paragraph(FREE_WILL);
		pdf.numberedSection("Субъект персональных данных")
			.field("Фамилия, имя, отчество", form.subjectFullName())
			.field("Дата рождения", RussianDates.format(form.subjectBirthDate()));
		identity(pdf);
		if (form.givenByRepresentative()) {
			pdf.numberedSection("Законный представитель субъекта персональных данных")
				.field("Фамилия, имя, отчество", form.representativeFullName());
			identity(pdf)
				.blank("Документ, подтверждающий полномочия (свидетельство о рождении / решение об опеке)")
				.paragraph(ON_BEHALF_OF_MINOR);
		}
		pdf.numberedSection("Оператор")
			.field("Наименование", form.operatorName())
			.field("Адрес", form.operatorAddress())
			.field("Сайт", form.operatorWebsite())
			.field("Обработка по поручению оператора", form.processor() == null ? "не поручается" : form.processor());
		pdf.numberedSection("Цель обработки персональных данных")
			.field("Цель", purpose.purpose())
			.field("Программа", form.programmeTitle());
		pdf.numberedSection("Перечень персональных данных, на обработку которых даётся согласие")
			.items(purpose.personalData());
		if (purpose.distributes()) {
			pdf.paragraph(SUBJECT_CONDITIONS);
			purpose.subjectConditions().forEach(condition -> pdf.blank(condition).blankLine());
		}
		pdf.numberedSection("Перечень действий с персональными данными и общее описание способов обработки")
			.paragraph("Действия: " + String.join(", ", purpose.actions()) + ".")
			.paragraph("Способы обработки: " + purpose.methods() + ".");
		if (purpose.distributes()) {
			pdf.field("Сайт, на котором размещаются персональные данные", form.operatorWebsite());
		}
		pdf.numberedSection("Срок действия согласия")
			.paragraph("Согласие действует с " + RussianDates.format(form.date()) + " до "
					+ RussianDates.format(form.validUntil()) + " или до его отзыва, если отзыв поступит раньше.");
		return pdf.numberedSection("Порядок отзыва согласия")
			.paragraph(purpose.revocation())
			.paragraph(DESTRUCTION)
			.signature(form.givenByRepresentative() ? "Законный представитель" : "Субъект персональных данных",
					form.givenByRepresentative() ? form.representativeFullName() : form.subjectFullName())
			.field("Номер согласия", form.number())
			.toBytes();
	}

	/** The person's address and identity document, written by hand: the system never stores them. */
	private static PdfDocument identity(PdfDocument pdf) {
		return pdf.blank("Адрес")
			.blank("Документ, удостоверяющий личность: вид, серия, номер")
			.blank("Кем и когда выдан");
	}
}
