package ru.nastavnik.document;

/**
 * An uploaded list that cannot be imported at all: it is empty, is not a table, has the wrong columns or is too long.
 * The message is Russian and meant for the person who uploaded the file.
 */
public class ImportFileRejected extends RuntimeException {

	public ImportFileRejected(String message) {
		super(message);
	}

	public ImportFileRejected(String message, Throwable cause) {
		super(message, cause);
	}
}
