package ru.nastavnik.document;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A CSV text as RFC 4180 describes it and as Excel saves it: UTF-8 with or without a byte order mark, or else
 * Windows-1251; fields separated by «;» or «,», whichever the header line uses (or an Excel «sep=» line names);
 * fields in double quotes may hold separators, line breaks and doubled quotes. A record is one row, however many lines
 * its quoted fields span, just as Excel numbers it.
 */
final class CsvTable implements Table {

	private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

	private static final char QUOTE = '"';

	private final String text;

	private CsvTable(String text) {
		this.text = text;
	}

	/**
	 * The text of the content, read as UTF-8 when it is valid UTF-8, else as Windows-1251.
	 *
	 * @throws ImportFileRejected when the content is binary rather than text
	 */
	static CsvTable decode(byte[] content) {
		boolean byteOrderMark = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
				&& (content[2] & 0xFF) == 0xBF;
		int start = byteOrderMark ? 3 : 0;
		String text;
		try {
			text = strictly(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(content, start, content.length - start))
					.toString();
		}
		catch (CharacterCodingException notUtf8) {
			if (byteOrderMark) {
				throw new ImportFileRejected(NOT_A_TABLE, notUtf8);
			}
			text = windows1251(content, notUtf8);
		}
		if (!isText(text)) {
			throw new ImportFileRejected(NOT_A_TABLE);
		}
		return new CsvTable(text);
	}

	private static String windows1251(byte[] content, CharacterCodingException notUtf8) {
		try {
			CharBuffer chars = strictly(WINDOWS_1251).decode(ByteBuffer.wrap(content));
			return chars.toString();
		}
		catch (CharacterCodingException notWindows1251) {
			notWindows1251.addSuppressed(notUtf8);
			throw new ImportFileRejected(NOT_A_TABLE, notWindows1251);
		}
	}

	private static CharsetDecoder strictly(Charset charset) {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	/** Text holds no control characters but tabs and line breaks; images, PDFs and other binaries do. */
	private static boolean isText(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
				return false;
			}
		}
		return true;
	}

	@Override
	public void forEachRow(Consumer<TableRow> action) {
		Records records = excelSeparatorLine().orElseGet(() -> new Records(text, separator(), 0, 0));
		for (TableRow row = records.next(); row != null; row = records.next()) {
			action.accept(row);
		}
	}

	/** Excel's «sep=;» first line names the separator and is not shown as a row. */
	private Optional<Records> excelSeparatorLine() {
		if (text.length() < 5 || !text.regionMatches(true, 0, "sep=", 0, 4)) {
			return Optional.empty();
		}
		int end = 5;
		if (end < text.length() && text.charAt(end) != '\r' && text.charAt(end) != '\n') {
			return Optional.empty();
		}
		if (end < text.length() && text.charAt(end) == '\r') {
			end++;
		}
		if (end < text.length() && text.charAt(end) == '\n') {
			end++;
		}
		return Optional.of(new Records(text, text.charAt(4), end, 0));
	}

	/** The separator the first non-blank line uses more: «;» unless it has more commas than semicolons. */
	private char separator() {
		int semicolons = 0;
		int commas = 0;
		boolean quoted = false;
		boolean content = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == QUOTE) {
				quoted = !quoted;
			}
			else if (!quoted && (c == '\r' || c == '\n')) {
				if (content) {
					break;
				}
				semicolons = 0;
				commas = 0;
				continue;
			}
			else if (!quoted && c == ';') {
				semicolons++;
				continue;
			}
			else if (!quoted && c == ',') {
				commas++;
				continue;
			}
			content |= !(Character.isWhitespace(c) || Character.isSpaceChar(c));
		}
		return commas > semicolons ? ',' : ';';
	}

	/** The records of the text one after another. */
	private static final class Records {

		private final String text;

		private final char separator;

		private int position;

		private int number;

		Records(String text, char separator, int position, int number) {
			this.text = text;
			this.separator = separator;
			this.position = position;
			this.number = number;
		}

		/** The next record, or {@code null} past the last one; a line break at the very end opens no record. */
		TableRow next() {
			if (position >= text.length()) {
				return null;
			}
			number++;
			List<TableRow.Cell> cells = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			while (true) {
				field.setLength(0);
				if (position < text.length() && text.charAt(position) == QUOTE) {
					readQuoted(field);
				}
				readUnquoted(field);
				cells.add(TableRow.Cell.of(field.toString()));
				if (position >= text.length()) {
					break;
				}
				char end = text.charAt(position++);
				if (end == separator) {
					continue;
				}
				if (end == '\r' && position < text.length() && text.charAt(position) == '\n') {
					position++;
				}
				break;
			}
			return new TableRow(number, cells);
		}

		private void readQuoted(StringBuilder field) {
			position++;
			while (true) {
				int quote = text.indexOf(QUOTE, position);
				if (quote < 0) {
					throw new ImportFileRejected(
							"В строке " + number + " открыта кавычка, которая не закрыта до конца файла");
				}
				field.append(text, position, quote);
				position = quote + 1;
				if (position < text.length() && text.charAt(position) == QUOTE) {
					field.append(QUOTE);
					position++;
				}
				else {
					return;
				}
			}
		}

		/** Up to the next separator or line break; after a closing quote, stray text is kept as Excel keeps it. */
		private void readUnquoted(StringBuilder field) {
			while (position < text.length()) {
				char c = text.charAt(position);
				if (c == separator || c == '\r' || c == '\n') {
					return;
				}
				field.append(c);
				position++;
			}
		}
	}
}
