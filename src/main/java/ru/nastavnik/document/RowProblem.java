package ru.nastavnik.document;

/**
 * What is wrong with one row of an imported list, said in Russian for the person who made the file.
 *
 * @param rowNumber the row's number as the spreadsheet shows it, the header being row 1
 * @param column the title of the column at fault, or {@code null} when the fault is the row as a whole
 * @param message what is wrong and, where it helps, how to put it right
 */
public record RowProblem(int rowNumber, String column, String message) {

	private static final int MAX_QUOTED_LENGTH = 60;

	/** A value as written in a cell, cut short enough to quote in a message. */
	public static String quotable(String value) {
		return value.length() <= MAX_QUOTED_LENGTH ? value : value.substring(0, MAX_QUOTED_LENGTH) + "…";
	}
}
