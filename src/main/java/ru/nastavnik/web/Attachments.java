package ru.nastavnik.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A document given to download (or to open in the browser), the same from the API and from the pages. */
public final class Attachments {

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private Attachments() {
	}

	/** To save: the browser offers the file under its name (Cyrillic names kept, RFC 6266). */
	public static ResponseEntity<byte[]> download(byte[] content, String fileName, MediaType type) {
		return response(content, ContentDisposition.attachment(), fileName, type);
	}

	/** To read in the browser first, as a PDF viewer shows it. */
	public static ResponseEntity<byte[]> inline(byte[] content, String fileName, MediaType type) {
		return response(content, ContentDisposition.inline(), fileName, type);
	}

	private static ResponseEntity<byte[]> response(byte[] content, ContentDisposition.Builder disposition,
			String fileName, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					disposition.filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(content);
	}
}
