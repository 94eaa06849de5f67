package ru.nastavnik.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A spreadsheet a school opens in Excel or LibreOffice and may edit: one or more sheets, each a title line, a bold
 * header row and the rows under it, wrapped in columns of the given widths. Numbers stay numbers.
 */
public final class XlsxDocument {

	private final Workbook workbook = new XSSFWorkbook();

	private final CellStyle header;

	private final CellStyle wrap;

	private XlsxDocument() {
		Font bold = workbook.createFont();
		bold.setBold(true);
		header = workbook.createCellStyle();
		header.setFont(bold);
		wrap = workbook.createCellStyle();
		wrap.setWrapText(true);
		wrap.setVerticalAlignment(VerticalAlignment.TOP);
	}

	public static XlsxDocument create() {
		return new XlsxDocument();
	}

	/**
	 * Adds a sheet.
	 *
	 * @param widths each column's width in characters
	 * @param rows the cells of each row, a {@link Number} written as a number and {@code null} left empty
	 */
	public XlsxDocument sheet(String name, String title, List<String> columns, int[] widths, List<List<Object>> rows) {
		Sheet sheet = workbook.createSheet(name);
		sheet.createRow(0).createCell(0).setCellValue(title);
		sheet.getRow(0).getCell(0).setCellStyle(header);
		fill(sheet, 2, columns, widths, rows);
		return this;
	}

	/**
	 * Adds a sheet to fill in and upload again: the header row first, as {@link Table} reads it, then the rows.
	 *
	 * @param widths each column's width in characters
	 * @param rows the cells of each row, a {@link Number} written as a number and {@code null} left empty
	 */
	public XlsxDocument sheetToFill(String name, List<String> columns, int[] widths, List<List<Object>> rows) {
		fill(workbook.createSheet(name), 0, columns, widths, rows);
		return this;
	}

	private void fill(Sheet sheet, int headerRow, List<String> columns, int[] widths, List<List<Object>> rows) {
		Row heading = sheet.createRow(headerRow);
		for (int i = 0; i < columns.size(); i++) {
			heading.createCell(i).setCellValue(columns.get(i));
			heading.getCell(i).setCellStyle(header);
		}
		int index = headerRow + 1;
		for (List<Object> cells : rows) {
			Row row = sheet.createRow(index++);
			for (int i = 0; i < cells.size(); i++) {
				Object value = cells.get(i);
				var cell = row.createCell(i);
				if (value instanceof Number number) {
					cell.setCellValue(number.doubleValue());
				}
				else if (value != null) {
					cell.setCellValue(value.toString());
				}
				cell.setCellStyle(wrap);
			}
		}
		for (int i = 0; i < widths.length; i++) {
			sheet.setColumnWidth(i, widths[i] * 256);
		}
	}

	public byte[] toBytes() {
		try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Не удалось сформировать XLSX", e);
		}
	}
}
