package ru.nastavnik.programme;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import ru.nastavnik.document.PdfDocument;

/**
 * The «Дорожная карта» document of a programme in the seed's columns — Мероприятие / Сроки / Ответственные — as XLSX
 * (Apache POI) and as a landscape {@link PdfDocument}. This is what Stage I publishes.
 */
@Component
class RoadmapDocument {

	static final List<String> COLUMNS = List.of("Мероприятие", "Сроки", "Ответственные");

	private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	record Line(String activity, String term, String responsible) {
	}

	static String title(Programme programme) {
		return "Дорожная карта реализации программы наставничества в " + programme.getOrganisation().getName()
				+ " на " + programme.getAcademicYear() + " учебный год";
	}

	static List<Line> lines(List<PlanStep> plan) {
		return plan.stream().map(step -> new Line(step.getTitle(), month(step.getDueOn()), step.responsibleTitles()))
			.toList();
	}

	/** «Июнь 2026», as the seed writes its terms. */
	static String month(LocalDate day) {
		String name = day.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, RUSSIAN);
		return Character.toUpperCase(name.charAt(0)) + name.substring(1) + " " + day.getYear();
	}

	byte[] xlsx(Programme programme, List<PlanStep> plan) {
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Дорожная карта");
			CellStyle wrap = workbook.createCellStyle();
			wrap.setWrapText(true);
			wrap.setVerticalAlignment(VerticalAlignment.TOP);
			CellStyle header = workbook.createCellStyle();
			org.apache.poi.ss.usermodel.Font bold = workbook.createFont();
			bold.setBold(true);
			header.setFont(bold);
			sheet.createRow(0).createCell(0).setCellValue(title(programme));
			sheet.getRow(0).getCell(0).setCellStyle(header);
			Row columns = sheet.createRow(2);
			for (int i = 0; i < COLUMNS.size(); i++) {
				columns.createCell(i).setCellValue(COLUMNS.get(i));
				columns.getCell(i).setCellStyle(header);
			}
			int rowIndex = 3;
			for (Line line : lines(plan)) {
				Row row = sheet.createRow(rowIndex++);
				row.createCell(0).setCellValue(line.activity());
				row.createCell(1).setCellValue(line.term());
				row.createCell(2).setCellValue(line.responsible());
				for (int i = 0; i < COLUMNS.size(); i++) {
					row.getCell(i).setCellStyle(wrap);
				}
			}
			sheet.setColumnWidth(0, 70 * 256);
			sheet.setColumnWidth(1, 18 * 256);
			sheet.setColumnWidth(2, 40 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Не удалось сформировать XLSX дорожной карты", e);
		}
	}

	byte[] pdf(Programme programme, List<PlanStep> plan) {
		return PdfDocument.landscape(title(programme))
			.heading(title(programme))
			.table(new float[] { 60, 15, 25 }, COLUMNS,
					lines(plan).stream().map(line -> List.of(line.activity(), line.term(), line.responsible())).toList())
			.toBytes();
	}
}
