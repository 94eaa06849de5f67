package ru.nastavnik.programme;

import java.util.Arrays;

/** The four communities informed about the programme (roadmap steps 1–4). */
enum Community {

	TEACHERS(ProgrammeProcess.INFORM_TEACHERS, "педагогическое сообщество"),
	PARENTS(ProgrammeProcess.INFORM_PARENTS, "родительское сообщество"),
	ALUMNI_AND_ENTERPRISES(ProgrammeProcess.MEET_ALUMNI_AND_ENTERPRISES, "выпускники, организации и предприятия"),
	PUPILS(ProgrammeProcess.MEET_PUPILS, "обучающиеся");

	private final String step;

	private final String title;

	Community(String step, String title) {
		this.step = step;
		this.title = title;
	}

	public String title() {
		return title;
	}

	static Community informedAt(String step) {
		return Arrays.stream(values()).filter(community -> community.step.equals(step)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Шаг " + step + " не информирует сообщество"));
	}
}
