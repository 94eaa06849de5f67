package ru.nastavnik.document;

import java.util.Locale;

/**
 * The rows of an uploaded list that people filled in from a template (participants, organisations): blank rows are
 * skipped, the first row is the header matched to the template's columns, and each data row is handed on with the
 * header that places its cells — at most so many rows.
 */
public final class FilledList {

	/** Reads one data row of the list; the header says where the template's columns stand. */
	@FunctionalInterface
	public interface RowReader<C extends Enum<C> & TableColumn> {

		void read(TableHeader<C> header, TableRow row);
	}

	private FilledList() {
	}

	/**
	 * Hands every data row of the file to the reader.
	 *
	 * @param nothingIn what a person is told when the file holds no data row («Файл пуст: …»)
	 * @return how many data rows the file holds, blank rows and the header not counted
	 * @throws ImportFileRejected when the file is empty, is not a table, has other columns than the template or more
	 * than {@code maxRows} rows
	 */
	public static <C extends Enum<C> & TableColumn> int read(String fileName, byte[] content, Class<C> template,
			int maxRows, String nothingIn, RowReader<C> reader) {
		if (content == null || content.length == 0) {
			throw new ImportFileRejected(nothingIn);
		}
		Reading<C> reading = new Reading<>(template, maxRows, reader);
		Table.of(fileName, content).forEachRow(reading::accept);
		if (reading.rows == 0) {
			throw new ImportFileRejected(nothingIn);
		}
		return reading.rows;
	}

	private static final class Reading<C extends Enum<C> & TableColumn> {

		private final Class<C> template;

		private final int maxRows;

		private final RowReader<C> reader;

		private TableHeader<C> header;

		private int rows;

		Reading(Class<C> template, int maxRows, RowReader<C> reader) {
			this.template = template;
			this.maxRows = maxRows;
			this.reader = reader;
		}

		void accept(TableRow row) {
			if (row.isBlank()) {
				return;
			}
			if (header == null) {
				header = TableHeader.read(row, template);
				return;
			}
			if (++rows > maxRows) {
				throw new ImportFileRejected("В файле больше " + String.format(Locale.ROOT, "%,d", maxRows)
					.replace(',', ' ') + " строк; разделите его на части");
			}
			reader.read(header, row);
		}
	}
}
