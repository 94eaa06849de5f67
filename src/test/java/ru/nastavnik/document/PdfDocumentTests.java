package ru.nastavnik.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

/** The document builder, read back with PDFBox: metadata, Cyrillic text, blanks, tables and the signature block. */
class PdfDocumentTests {

	@Test
	void shouldWriteEveryPartWithTheCyrillicFontEmbedded() throws Exception {
		PrintedPdf pdf = PrintedPdf.read(PdfDocument.portrait("Заявление № 7")
			.heading("Заявление")
			.subtitle("№ 7 от 01.09.2026")
			.numberedSection("Заявитель")
			.field("Фамилия, имя, отчество", "Иванов Иван Иванович")
			.field("Адрес", null)
			.numberedSection("Содержание")
			.paragraph("Прошу включить меня в программу наставничества.")
			.items(List.of("анкета участника", "согласие на обработку персональных данных"))
			.blankLine()
			.table(new float[] { 1, 2 }, List.of("Дата", "Событие"), List.of(List.of("01.09.2026", "подано")))
			.signature("Заявитель", "Иванов Иван Иванович")
			.toBytes());

		assertThat(pdf.title()).isEqualTo("Заявление № 7");
		assertThat(pdf.creator()).isEqualTo("Наставник");
		assertThat(pdf.text()).contains("Заявление № 7 от 01.09.2026 1. Заявитель", "2. Содержание",
				"Фамилия, имя, отчество: Иванов Иван Иванович", "Адрес: ________________",
				"Прошу включить меня в программу наставничества.", "— анкета участника",
				"— согласие на обработку персональных данных", "Дата Событие 01.09.2026 подано",
				"Заявитель Иванов Иван Иванович", "подпись расшифровка подписи дата");
		assertThat(pdf.fonts()).hasSize(2).doesNotContainValue(false);
		assertThat(pdf.fonts().keySet()).allMatch(name -> name.contains("DejaVuSans"));
	}

	@Test
	void shouldTurnTheLandscapePageSideways() throws Exception {
		byte[] bytes = PdfDocument.landscape("Таблица").heading("Таблица").toBytes();

		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			PDPage page = pdf.getPage(0);
			PDRectangle box = page.getMediaBox();
			boolean turned = page.getRotation() % 180 != 0;
			assertThat(turned ? box.getHeight() : box.getWidth())
				.isGreaterThan(turned ? box.getWidth() : box.getHeight());
		}
	}

	@Test
	void shouldRefuseARowOfAnotherLength() {
		assertThatIllegalArgumentException().isThrownBy(() -> PdfDocument.portrait("Таблица")
			.table(new float[] { 1, 1 }, List.of("А", "Б"), List.of(List.of("только одна ячейка"))));
	}
}
