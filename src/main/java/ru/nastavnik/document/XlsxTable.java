package ru.nastavnik.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.nastavnik.time.RussianDates;

/**
 * The first sheet of an XLSX workbook, its cells as the person sees them: texts as typed, numbers without a
 * thousands separator or exponent, formulas by their last computed value, and real date cells as dates.
 */
final class XlsxTable implements Table {

	private final byte[] content;

	XlsxTable(byte[] content) {
		this.content = content;
	}

	@Override
	public void forEachRow(Consumer<TableRow> action) {
		try (XSSFWorkbook workbook = open()) {
			if (workbook.getNumberOfSheets() == 0) {
				return;
			}
			for (Row row : workbook.getSheetAt(0)) {
				action.accept(row(row));
			}
		}
		catch (IOException closing) {
			throw new UncheckedIOException(closing);
		}
	}

	/** @throws ImportFileRejected when the ZIP package is not a workbook, or is damaged */
	private XSSFWorkbook open() {
		try {
			return new XSSFWorkbook(new ByteArrayInputStream(content));
		}
		catch (IOException | RuntimeException notAWorkbook) {
			throw new ImportFileRejected(NOT_A_TABLE, notAWorkbook);
		}
	}

	private static TableRow row(Row row) {
		int width = Math.max(row.getLastCellNum(), 0);
		List<TableRow.Cell> cells = new ArrayList<>(width);
		for (int column = 0; column < width; column++) {
			cells.add(cell((XSSFCell) row.getCell(column)));
		}
		return new TableRow(row.getRowNum() + 1, cells);
	}

	private static TableRow.Cell cell(XSSFCell cell) {
		if (cell == null) {
			return TableRow.Cell.BLANK;
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
				: cell.getCellType();
		return switch (type) {
			case STRING -> TableRow.Cell.of(cell.getStringCellValue());
			case NUMERIC -> numeric(cell);
			case BOOLEAN -> TableRow.Cell.of(cell.getBooleanCellValue() ? "ИСТИНА" : "ЛОЖЬ");
			case ERROR -> TableRow.Cell.of(cell.getErrorCellString());
			default -> TableRow.Cell.BLANK;
		};
	}

	/** A date cell as its date; any other number in plain digits, so that 89123456789 stays a phone number. */
	private static TableRow.Cell numeric(XSSFCell cell) {
		if (DateUtil.isCellDateFormatted(cell)) {
			LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
			return new TableRow.Cell(RussianDates.format(date), date);
		}
		return TableRow.Cell.of(BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString());
	}
}
