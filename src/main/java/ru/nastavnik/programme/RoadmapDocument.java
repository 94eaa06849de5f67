package ru.nastavnik.programme;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import ru.nastavnik.security.Role;

/**
 * The «Дорожная карта» document of a programme in the seed's columns — Мероприятие / Сроки / Ответственные — as XLSX
 * (Apache POI) and as PDF (OpenPDF, with the DejaVu Sans font embedded for Cyrillic). This is what Stage I publishes.
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
		return plan.stream().map(step -> new Line(step.getTitle(), month(step.getDueOn()),
				Arrays.stream(step.getResponsibleGroup().split(","))
					.map(group -> Role.ofGroup(group).map(Role::title).orElse(group))
					.collect(Collectors.joining(", "))))
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
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
		PdfWriter.getInstance(document, out);
		document.addTitle(title(programme));
		document.addCreator("Наставник");
		document.open();
		Font regular = new Font(font("fonts/DejaVuSans.ttf"), 10);
		Font bold = new Font(font("fonts/DejaVuSans-Bold.ttf"), 10);
		Paragraph heading = new Paragraph(title(programme), new Font(font("fonts/DejaVuSans-Bold.ttf"), 13));
		heading.setAlignment(Element.ALIGN_CENTER);
		heading.setSpacingAfter(12);
		document.add(heading);
		PdfPTable table = new PdfPTable(new float[] { 60, 15, 25 });
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		for (String column : COLUMNS) {
			PdfPCell cell = new PdfPCell(new Phrase(column, bold));
			cell.setBackgroundColor(new Color(230, 230, 230));
			cell.setPadding(5);
			table.addCell(cell);
		}
		for (Line line : lines(plan)) {
			for (String text : List.of(line.activity(), line.term(), line.responsible())) {
				PdfPCell cell = new PdfPCell(new Phrase(text, regular));
				cell.setPadding(5);
				table.addCell(cell);
			}
		}
		document.add(table);
		document.close();
		return out.toByteArray();
	}

	private static BaseFont font(String path) {
		try {
			byte[] bytes = new ClassPathResource(path).getInputStream().readAllBytes();
			return BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Нет шрифта " + path, e);
		}
	}
}
