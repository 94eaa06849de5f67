package ru.nastavnik.programme;

import java.util.Arrays;
import java.util.Collection;

/**
 * Where a programme is in its year: the stage it works on, or the end. The programme's row records only stage I
 * ({@link #PREPARATION} until step «Зафиксировать завершение этапа I», then {@link #PREPARATION_COMPLETED}); every
 * later status is read from the stages its process runs ({@link #of}), so it cannot fall behind the process.
 */
enum ProgrammeStatus {

	PREPARATION("Этап I. Подготовка условий для запуска программы", ProgrammeProcess.STAGE_PREPARATION),
	PREPARATION_COMPLETED("Этап I завершён: условия для запуска программы подготовлены", null),
	MENTEE_BASE("Этап II. Формирование базы наставляемых", ProgrammeProcess.STAGE_MENTEE_BASE),
	MENTOR_BASE("Этап III. Формирование базы наставников", ProgrammeProcess.STAGE_MENTOR_BASE),
	MENTOR_TRAINING("Этап IV. Отбор и обучение наставников", ProgrammeProcess.STAGE_MENTOR_TRAINING),
	PAIRS("Этап V. Формирование пар и групп", ProgrammeProcess.STAGE_PAIRS),
	PAIR_WORK("Этап VI. Работа наставнических пар и групп", ProgrammeProcess.STAGE_PAIR_WORK),
	COMPLETION("Этап VII. Завершение программы", ProgrammeProcess.STAGE_COMPLETION),
	COMPLETED("Программа завершена", null);

	private final String title;

	/** The sub-process of {@code mentoring-programme} that is this stage, if the status is a stage at work. */
	private final String stageElementId;

	ProgrammeStatus(String title, String stageElementId) {
		this.title = title;
		this.stageElementId = stageElementId;
	}

	public String title() {
		return title;
	}

	String stageElementId() {
		return stageElementId;
	}

	/**
	 * The status of a programme whose process has ended, or runs the given stages (sub-process element ids): the
	 * earliest stage still at work — stages II and III run side by side, and the year moves on only when both are
	 * done. Between stages (nothing at work yet) the programme's own record stands.
	 */
	static ProgrammeStatus of(boolean ended, Collection<String> runningStages, ProgrammeStatus recorded) {
		if (ended) {
			return COMPLETED;
		}
		return Arrays.stream(values())
			.filter(status -> status.stageElementId != null && runningStages.contains(status.stageElementId))
			.findFirst()
			.orElse(recorded);
	}
}
