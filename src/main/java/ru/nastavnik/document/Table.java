package ru.nastavnik.document;

import java.util.function.Consumer;

/**
 * An uploaded table: its rows in order, each numbered as a spreadsheet program shows it. The format is told by the
 * content, so a CSV saved under an «.xlsx» name is still read.
 */
public interface Table {

	/** Why a file that is neither an XLSX workbook nor a CSV text is not imported. */
	String NOT_A_TABLE = "Файл не является таблицей XLSX или CSV";

	/**
	 * Hands the rows to the action in order, blank ones included where the file holds them.
	 *
	 * @throws ImportFileRejected when the file turns out not to be a readable table
	 */
	void forEachRow(Consumer<TableRow> action);

	/**
	 * The table in an uploaded file: the first sheet of an XLSX workbook, or a CSV text.
	 *
	 * @param fileName the name the file was uploaded under, or {@code null}; only a hint for explaining why an Office
	 * file that is not XLSX is refused
	 * @throws ImportFileRejected when the file is an old Excel workbook, a password-protected one or a PDF
	 */
	static Table of(String fileName, byte[] content) {
		if (FileMagic.ZIP.starts(content)) {
			return new XlsxTable(content);
		}
		if (FileMagic.OLE2.starts(content)) {
			throw new ImportFileRejected(FileMagic.officeFileMessage(fileName));
		}
		if (FileMagic.PDF.starts(content)) {
			throw new ImportFileRejected(NOT_A_TABLE);
		}
		return CsvTable.decode(content);
	}
}
