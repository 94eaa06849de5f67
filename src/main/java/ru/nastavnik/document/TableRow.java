package ru.nastavnik.document;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

/**
 * One row of an uploaded table: its number as a spreadsheet shows it and its cells from the first column on.
 *
 * @param number the row's number, the first row of the file being 1
 * @param cells the cells, the first column first; cells past the last one are blank
 */
public record TableRow(int number, List<Cell> cells) {

	public TableRow {
		cells = List.copyOf(cells);
	}

	public Cell cell(int column) {
		return column < cells.size() ? cells.get(column) : Cell.BLANK;
	}

	public boolean isBlank() {
		return cells.stream().allMatch(Cell::isBlank);
	}

	/**
	 * A cell as the person wrote it.
	 *
	 * @param text the text as written, or the date as dd.mm.yyyy for a date cell
	 * @param date the date when the spreadsheet stored a real date in the cell, else {@code null}
	 */
	public record Cell(String text, LocalDate date) {

		public static final Cell BLANK = new Cell("", null);

		public Cell {
			text = text == null ? "" : text;
		}

		public static Cell of(String text) {
			return text.isEmpty() ? BLANK : new Cell(text, null);
		}

		public boolean isBlank() {
			if (date != null) {
				return false;
			}
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (!(Character.isWhitespace(c) || Character.isSpaceChar(c))) {
					return false;
				}
			}
			return true;
		}

		/** The text in composed Unicode with every run of spaces, line breaks included, made one space, no edges. */
		public String value() {
			String composed = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
					: Normalizer.normalize(text, Normalizer.Form.NFC);
			StringBuilder value = new StringBuilder(composed.length());
			boolean space = false;
			for (int i = 0; i < composed.length(); i++) {
				char c = composed.charAt(i);
				if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
					space = value.length() > 0;
					continue;
				}
				if (space) {
					value.append(' ');
					space = false;
				}
				value.append(c);
			}
			return value.toString();
		}
	}
}
