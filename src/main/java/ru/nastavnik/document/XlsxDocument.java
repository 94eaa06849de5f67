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
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A spreadsheet a school opens in Excel or LibreOffice and may edit: one or more sheets, each a title line, a bold
 * header row and the rows under it, wrapped in columns of the given widths. Numbers stay numbers.
 */
public final class XlsxDocument {

	/** A sheet's header row under its title, and its first row of data. */
	private static final int HEADER_ROW = 2;

	private static final int DATA_ROW = HEADER_ROW + 1;

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
		fill(sheet, HEADER_ROW, columns, widths, rows);
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

	/**
	 * Adds a native Excel bar chart under a sheet's table ({@link #sheet}): the categories from one column, a series
	 * from each of the value columns (named by its header), over the table's rows — so a school edits the figures
	 * and the chart follows.
	 */
	public XlsxDocument barChart(String sheetName, String title, int rows, int categoryColumn, int... valueColumns) {
		XSSFSheet sheet = (XSSFSheet) workbook.getSheet(sheetName);
		if (sheet == null || rows == 0) {
			return this;
		}
		int first = DATA_ROW;
		int last = DATA_ROW + rows - 1;
		XSSFDrawing drawing = sheet.createDrawingPatriarch();
		XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, last + 2, 8, last + 22);
		XSSFChart chart = drawing.createChart(anchor);
		chart.setTitleText(title);
		chart.setTitleOverlay(false);
		chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
		XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
		XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
		values.setCrosses(AxisCrosses.AUTO_ZERO);
		XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
		data.setBarDirection(BarDirection.COL);
		XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(sheet,
				new CellRangeAddress(first, last, categoryColumn, categoryColumn));
		for (int column : valueColumns) {
			XDDFNumericalDataSource<Double> numbers = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
					new CellRangeAddress(first, last, column, column));
			data.addSeries(names, numbers).setTitle(sheet.getRow(HEADER_ROW).getCell(column).getStringCellValue(),
					new CellReference(sheetName, HEADER_ROW, column, true, true));
		}
		chart.plot(data);
		return this;
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
