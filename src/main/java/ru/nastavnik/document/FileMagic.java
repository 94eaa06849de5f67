package ru.nastavnik.document;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/** The first bytes that tell a file's format. */
enum FileMagic {

	ZIP(new byte[] { 'P', 'K', 3, 4 }),
	OLE2(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 }),
	PDF("%PDF-".getBytes(StandardCharsets.US_ASCII));

	private final byte[] bytes;

	FileMagic(byte[] bytes) {
		this.bytes = bytes;
	}

	boolean starts(byte[] content) {
		return content.length >= bytes.length && Arrays.equals(content, 0, bytes.length, bytes, 0, bytes.length);
	}

	/** An old-style Office file is an Excel 97–2003 workbook, a password-protected XLSX, or something else. */
	static String officeFileMessage(String fileName) {
		String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
		if (name.endsWith(".xls")) {
			return "Файл сохранён в старом формате Excel 97–2003 (XLS): откройте его в Excel и сохраните "
					+ "как «Книга Excel (*.xlsx)» или как CSV";
		}
		if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
			return "Файл защищён паролем: снимите пароль в Excel и загрузите файл снова";
		}
		return Table.NOT_A_TABLE;
	}
}
