package ru.nastavnik.monitoring;

/** What a comparison of start and end may honestly say about a group's change on a parameter. */
public enum Verdict {

	/** The group grew, and the paired test says it is more than noise. */
	ROSE("рост подтверждён"),

	/** The group fell, and the paired test says it is more than noise. */
	FELL("снижение подтверждено"),

	/** The scores moved, but no more than chance would move them. */
	NOISE("изменение в пределах случайного"),

	/** Nobody's score changed. */
	UNCHANGED("оценки не изменились"),

	/** Too few changed scores to test: nothing is claimed. */
	TOO_FEW("изменившихся оценок меньше 6 — вывод не делается"),

	/** A group too small to show: its scores would be a person's. */
	HIDDEN("группа меньше 5 человек — оценки не показываются"),

	/** Nobody was evaluated both at the start and at the end. */
	NONE("нет пар оценок");

	private final String title;

	Verdict(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}
}
