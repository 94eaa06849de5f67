package ru.nastavnik;

import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javax.sql.DataSource;

/**
 * Reads every row of every table of the engine ({@code ACT_*}: runtime, history, identity, byte arrays) and tells
 * where any of the given texts occurs — in any column, bytes read as UTF-8. Independent of the engine's API: it sees
 * what the database holds.
 */
public final class EngineTablesScan {

	private EngineTablesScan() {
	}

	/** «TABLE.COLUMN: text» for every value holding one of the texts; empty when none does. */
	public static List<String> find(DataSource dataSource, Collection<String> texts) throws SQLException {
		List<String> found = new ArrayList<>();
		try (Connection connection = dataSource.getConnection()) {
			for (String table : engineTables(connection)) {
				try (Statement statement = connection.createStatement();
						ResultSet rows = statement.executeQuery("select * from " + table)) {
					ResultSetMetaData columns = rows.getMetaData();
					while (rows.next()) {
						for (int column = 1; column <= columns.getColumnCount(); column++) {
							String value = text(rows.getObject(column));
							if (value == null) {
								continue;
							}
							for (String text : texts) {
								if (value.contains(text)) {
									found.add(table + "." + columns.getColumnName(column) + ": " + text);
								}
							}
						}
					}
				}
			}
		}
		return found;
	}

	/**
	 * What identifies the people of a programme — its participants and their legal representatives: full names,
	 * birth dates (as ГГГГ-ММ-ДД and ДД.ММ.ГГГГ), e-mails and phones.
	 */
	public static List<String> personalDataOf(DataSource dataSource, Long programmeId) throws SQLException {
		List<String> texts = new ArrayList<>();
		try (Connection connection = dataSource.getConnection();
				PreparedStatement query = connection.prepareStatement("select full_name, birth_date, email, phone "
						+ "from person where id in (select person_id from participant where programme_id = ? "
						+ "union select representative_id from participant where programme_id = ?)")) {
			query.setLong(1, programmeId);
			query.setLong(2, programmeId);
			try (ResultSet people = query.executeQuery()) {
				while (people.next()) {
					addIfPresent(texts, people.getString("full_name"));
					LocalDate birthDate = people.getObject("birth_date", LocalDate.class);
					if (birthDate != null) {
						texts.add(birthDate.toString());
						texts.add(birthDate.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
					}
					addIfPresent(texts, people.getString("email"));
					addIfPresent(texts, people.getString("phone"));
				}
			}
		}
		return texts;
	}

	private static void addIfPresent(List<String> texts, String text) {
		if (text != null && !text.isBlank()) {
			texts.add(text);
		}
	}

	/** The engine's tables, however the database cases their names. */
	public static List<String> engineTables(Connection connection) throws SQLException {
		List<String> tables = new ArrayList<>();
		DatabaseMetaData metaData = connection.getMetaData();
		try (ResultSet all = metaData.getTables(connection.getCatalog(), null, "%", new String[] { "TABLE" })) {
			while (all.next()) {
				String name = all.getString("TABLE_NAME");
				String schema = all.getString("TABLE_SCHEM");
				if (name.toUpperCase().startsWith("ACT_") && !"INFORMATION_SCHEMA".equalsIgnoreCase(schema)) {
					tables.add(schema == null ? name : schema + "." + name);
				}
			}
		}
		return tables;
	}

	private static String text(Object value) throws SQLException {
		if (value instanceof byte[] bytes) {
			return new String(bytes, StandardCharsets.UTF_8);
		}
		if (value instanceof Blob blob) {
			return new String(blob.getBytes(1, (int) blob.length()), StandardCharsets.UTF_8);
		}
		if (value instanceof Clob clob) {
			return clob.getSubString(1, (int) clob.length());
		}
		return value == null ? null : value.toString();
	}
}
