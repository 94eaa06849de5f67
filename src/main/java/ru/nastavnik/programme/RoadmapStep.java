package ru.nastavnik.programme;

import static ru.nastavnik.security.Role.ADMINISTRATION;
import static ru.nastavnik.security.Role.CURATOR;
import static ru.nastavnik.security.Role.DIRECTOR;
import static ru.nastavnik.security.Role.WORKING_GROUP;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;

import ru.nastavnik.security.Role;

/**
 * The template of the roadmap plan: each step's title, responsible groups and month, as in the roadmap of МБОУ СШ №3
 * г. Лысково (seed 002). Preparation happens before the academic year, in the spring and summer of its first year.
 */
public enum RoadmapStep {

	APPOINT_CURATOR(ProgrammeProcess.APPOINT_CURATOR, "Назначение куратора программы наставничества", 0, Month.MAY,
			DIRECTOR),
	DRAFT_REGULATION(ProgrammeProcess.DRAFT_REGULATION, "Разработка Положения о наставничестве", 0, Month.JUNE,
			CURATOR, WORKING_GROUP),
	APPROVE_REGULATION(ProgrammeProcess.APPROVE_REGULATION, "Утверждение Положения о наставничестве", 0, Month.JUNE,
			DIRECTOR),
	DRAFT_ROADMAP(ProgrammeProcess.DRAFT_ROADMAP, "Разработка дорожной карты программы наставничества", 0,
			Month.JUNE, CURATOR, WORKING_GROUP),
	APPROVE_ROADMAP(ProgrammeProcess.APPROVE_ROADMAP, "Утверждение дорожной карты программы наставничества", 0,
			Month.JUNE, DIRECTOR),
	INFORM_TEACHERS(ProgrammeProcess.INFORM_TEACHERS,
			"Информирование педагогического сообщества о реализации программы наставничества", 0, Month.JUNE,
			ADMINISTRATION),
	INFORM_PARENTS(ProgrammeProcess.INFORM_PARENTS,
			"Информирование родительского сообщества о планируемой реализации программы наставничества", 0,
			Month.JUNE, ADMINISTRATION),
	MEET_ALUMNI_AND_ENTERPRISES(ProgrammeProcess.MEET_ALUMNI_AND_ENTERPRISES,
			"Встреча с сообществом выпускников и представителями организаций и предприятий", 0, Month.SEPTEMBER,
			ADMINISTRATION),
	MEET_PUPILS(ProgrammeProcess.MEET_PUPILS, "Встреча с обучающимися о реализуемой программе наставничества", 0,
			Month.SEPTEMBER, ADMINISTRATION),
	PUBLISH_ROADMAP(ProgrammeProcess.PUBLISH_ROADMAP, "Размещение дорожной карты на сайте организации", 0,
			Month.SEPTEMBER, CURATOR);

	private final String step;

	private final String title;

	private final int yearOffset;

	private final Month month;

	private final List<Role> responsible;

	RoadmapStep(String step, String title, int yearOffset, Month month, Role... responsible) {
		this.step = step;
		this.title = title;
		this.yearOffset = yearOffset;
		this.month = month;
		this.responsible = List.of(responsible);
	}

	public String step() {
		return step;
	}

	public String title() {
		return title;
	}

	public List<Role> responsible() {
		return responsible;
	}

	/** The last day of the step's month in the academic year that starts on {@code yearStart}. */
	LocalDate dueOn(LocalDate yearStart) {
		return YearMonth.of(yearStart.getYear() + yearOffset, month).atEndOfMonth();
	}
}
