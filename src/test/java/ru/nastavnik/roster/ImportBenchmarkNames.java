package ru.nastavnik.roster;

/** Distinct Russian-letter names for generated lists: a person's number written in letters. */
public final class ImportBenchmarkNames {

	private static final String LETTERS = "абвгдежзиклмнопрстуфхцчшэюя";

	private ImportBenchmarkNames() {
	}

	public static String name(int number) {
		StringBuilder name = new StringBuilder();
		int rest = number;
		do {
			name.append(LETTERS.charAt(rest % LETTERS.length()));
			rest /= LETTERS.length();
		}
		while (rest > 0);
		return Character.toUpperCase(name.charAt(0)) + name.substring(1) + "ович";
	}
}
