package ru.nastavnik.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The header row of an uploaded list: which column of the template stands at which position. Titles are matched in
 * any case, spaces trimmed and collapsed, «ё» as «е»; every column of the template must be there, once, and nothing
 * else.
 *
 * @param <C> the template's columns
 */
public final class TableHeader<C extends Enum<C> & TableColumn> {

	private final int[] positionOf;

	private final boolean[] titled;

	private TableHeader(int[] positionOf, boolean[] titled) {
		this.positionOf = positionOf;
		this.titled = titled;
	}

	/**
	 * Reads the header row.
	 *
	 * @throws ImportFileRejected when a column of the template is missing, appears twice, or an unknown one is there
	 */
	public static <C extends Enum<C> & TableColumn> TableHeader<C> read(TableRow header, Class<C> template) {
		C[] columns = template.getEnumConstants();
		Map<String, C> byTitle = new HashMap<>();
		for (C column : columns) {
			column.titles().forEach(title -> byTitle.put(normalised(title), column));
		}
		int[] positionOf = new int[columns.length];
		boolean[] titled = new boolean[header.cells().size()];
		EnumSet<C> found = EnumSet.noneOf(template);
		List<String> unknown = new ArrayList<>();
		for (int position = 0; position < titled.length; position++) {
			String title = header.cell(position).value();
			if (title.isEmpty()) {
				continue;
			}
			C column = byTitle.get(normalised(title));
			if (column == null) {
				unknown.add(RowProblem.quotable(title));
			}
			else if (!found.add(column)) {
				throw new ImportFileRejected("Столбец «" + column.title() + "» встречается в файле дважды");
			}
			else {
				titled[position] = true;
				positionOf[column.ordinal()] = position;
			}
		}
		Set<C> missing = EnumSet.complementOf(found);
		if (!missing.isEmpty() || !unknown.isEmpty()) {
			throw new ImportFileRejected(wrongColumns(missing, unknown, columns));
		}
		return new TableHeader<>(positionOf, titled);
	}

	private static <C extends Enum<C> & TableColumn> String wrongColumns(Set<C> missing, List<String> unknown,
			C[] columns) {
		List<String> sentences = new ArrayList<>();
		if (!missing.isEmpty()) {
			sentences.add((missing.size() == 1 ? "В файле нет столбца: " : "В файле нет столбцов: ")
					+ titles(missing.stream()));
		}
		if (!unknown.isEmpty()) {
			sentences.add((unknown.size() == 1 ? "Неизвестный столбец: " : "Неизвестные столбцы: ")
					+ String.join(", ", unknown));
			sentences.add("Ожидаются: " + titles(Arrays.stream(columns)));
		}
		return String.join(". ", sentences);
	}

	private static String titles(Stream<? extends TableColumn> columns) {
		return columns.map(TableColumn::title).collect(Collectors.joining(", "));
	}

	private static String normalised(String title) {
		return TableRow.Cell.of(title).value().toLowerCase(Locale.ROOT).replace('ё', 'е');
	}

	/** The row's cell in the column. */
	public TableRow.Cell cell(TableRow row, C column) {
		return row.cell(positionOf[column.ordinal()]);
	}

	/** The row's value in the column, spaces collapsed; empty when blank. */
	public String value(TableRow row, C column) {
		return cell(row, column).value();
	}

	/**
	 * Why a value of the row stands in a column with no title, or empty when none does. Such a value is not silently
	 * dropped: most often the row has slipped sideways.
	 */
	public Optional<String> strayValue(TableRow row) {
		for (int position = 0; position < row.cells().size(); position++) {
			boolean inColumn = position < titled.length && titled[position];
			if (!inColumn && !row.cell(position).isBlank()) {
				return Optional.of("Значение «" + RowProblem.quotable(row.cell(position).value())
						+ "» стоит в столбце без заголовка: уберите его или проверьте, не сдвинулась ли строка");
			}
		}
		return Optional.empty();
	}
}
