package ru.nastavnik.roster;

import java.util.function.Consumer;

/** An uploaded table: its rows in order, each numbered as a spreadsheet program shows it. */
interface Table {

	/** Why a file that is neither an XLSX workbook nor a CSV text is not imported. */
	String NOT_A_TABLE = "Файл не является таблицей XLSX или CSV";

	/**
	 * Hands the rows to the action in order, blank ones included where the file holds them.
	 *
	 * @throws ImportFileRejected when the file turns out not to be a readable table
	 */
	void forEachRow(Consumer<TableRow> action);
}
