package ru.nastavnik.participant;

/** The two evaluations of impact monitoring (Р-145): at the start of the programme, compared with the one at its end. */
public enum EvaluationStage {

	START("первый этап (начало программы)"),
	END("второй этап (завершение программы)");

	private final String title;

	EvaluationStage(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}
}
