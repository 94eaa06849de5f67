package ru.nastavnik.programme;

public enum ProgrammeStatus {

	PREPARATION("Этап I. Подготовка условий для запуска программы"),
	PREPARATION_COMPLETED("Этап I завершён: условия для запуска программы подготовлены");

	private final String title;

	ProgrammeStatus(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}
}
