package ru.nastavnik.programme;

import static ru.nastavnik.security.Role.ADMINISTRATION;
import static ru.nastavnik.security.Role.CURATOR;
import static ru.nastavnik.security.Role.DIRECTOR;
import static ru.nastavnik.security.Role.PSYCHOLOGIST;
import static ru.nastavnik.security.Role.WORKING_GROUP;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;

import ru.nastavnik.security.Role;

/**
 * The template of the roadmap plan: the whole year in seven stages, each step's title, responsible groups and month,
 * as in the roadmap of МБОУ СШ №3 г. Лысково (seed 002) and the stages of seed 004. Preparation happens before the
 * academic year, in the spring and summer of its first year; the year offset places a month in its first or second
 * calendar year. Steps "as needed" in the seed are planned where they must be done at the latest.
 */
enum RoadmapStep {

	// Stage I: preparing the conditions (seed 004), informing the community (seed 002, steps 1–4)
	APPOINT_CURATOR(1, ProgrammeProcess.APPOINT_CURATOR, "Назначение куратора программы наставничества", 0,
			Month.MAY, Scope.ALL, DIRECTOR),
	DRAFT_REGULATION(1, ProgrammeProcess.DRAFT_REGULATION, "Разработка Положения о наставничестве", 0, Month.JUNE,
			Scope.ALL, CURATOR, WORKING_GROUP),
	APPROVE_REGULATION(1, ProgrammeProcess.APPROVE_REGULATION, "Утверждение Положения о наставничестве", 0,
			Month.JUNE, Scope.ALL, DIRECTOR),
	DRAFT_ROADMAP(1, ProgrammeProcess.DRAFT_ROADMAP, "Разработка дорожной карты программы наставничества", 0,
			Month.JUNE, Scope.ALL, CURATOR, WORKING_GROUP),
	APPROVE_ROADMAP(1, ProgrammeProcess.APPROVE_ROADMAP, "Утверждение дорожной карты программы наставничества", 0,
			Month.JUNE, Scope.ALL, DIRECTOR),
	INFORM_TEACHERS(1, ProgrammeProcess.INFORM_TEACHERS,
			"Информирование педагогического сообщества о реализации программы наставничества", 0, Month.JUNE,
			Scope.ALL, ADMINISTRATION),
	INFORM_PARENTS(1, ProgrammeProcess.INFORM_PARENTS,
			"Информирование родительского сообщества о планируемой реализации программы наставничества", 0,
			Month.JUNE, Scope.PARENTS, ADMINISTRATION),
	MEET_ALUMNI_AND_ENTERPRISES(1, ProgrammeProcess.MEET_ALUMNI_AND_ENTERPRISES,
			"Встреча с сообществом выпускников и представителями организаций и предприятий", 0, Month.SEPTEMBER,
			Scope.ALL, ADMINISTRATION),
	MEET_PUPILS(1, ProgrammeProcess.MEET_PUPILS, "Встреча с обучающимися о реализуемой программе наставничества", 0,
			Month.SEPTEMBER, Scope.PUPILS, ADMINISTRATION),
	PUBLISH_ROADMAP(1, ProgrammeProcess.PUBLISH_ROADMAP, "Размещение дорожной карты на сайте организации", 0,
			Month.SEPTEMBER, Scope.ALL, CURATOR),

	// Stage II: the mentee base (steps 5–9)
	COLLECT_QUESTIONNAIRES(2, ProgrammeProcess.COLLECT_QUESTIONNAIRES, "Анкетирование желающих принять участие в программе; "
			+ "согласия совершеннолетних участников на обработку персональных данных", 0, Month.SEPTEMBER, Scope.ALL,
			ADMINISTRATION, WORKING_GROUP),
	COLLECT_THIRD_PARTY_INFORMATION(2, ProgrammeProcess.COLLECT_THIRD_PARTY_INFORMATION, "Сбор информации о запросах наставляемых от "
			+ "третьих лиц; согласия законных представителей несовершеннолетних участников", 0, Month.OCTOBER,
			Scope.LEGAL_REPRESENTATIVES, ADMINISTRATION, WORKING_GROUP),
	FORM_MENTEE_BASE(2, ProgrammeProcess.FORM_MENTEE_BASE, "Анализ полученных данных, формирование базы наставляемых", 0,
			Month.OCTOBER, Scope.ALL, WORKING_GROUP),
	CHOOSE_MENTORING_FORMS(2, ProgrammeProcess.CHOOSE_MENTORING_FORMS, "Выбор форм наставничества для текущей программы", 0,
			Month.OCTOBER, Scope.ALL, WORKING_GROUP),
	EVALUATE_MENTEES(2, ProgrammeProcess.EVALUATE_MENTEES, "Оценка наставляемых по заданным параметрам (мониторинг, первый этап)", 0,
			Month.NOVEMBER, Scope.ALL, WORKING_GROUP),

	// Stage III: the mentor base (steps 10–13)
	COLLECT_MENTOR_QUESTIONNAIRES(3, ProgrammeProcess.COLLECT_MENTOR_QUESTIONNAIRES, "Анкетирование потенциальных наставников; их "
			+ "согласия на обработку персональных данных", 0, Month.SEPTEMBER, Scope.ALL, ADMINISTRATION),
	FORM_MENTOR_BASE(3, ProgrammeProcess.FORM_MENTOR_BASE, "Анализ анкет наставников и сопоставление с анкетами наставляемых, "
			+ "формирование базы наставников", 0, Month.SEPTEMBER, Scope.ALL, ADMINISTRATION, WORKING_GROUP),
	EVALUATE_MENTORS(3, ProgrammeProcess.EVALUATE_MENTORS, "Оценка наставников по заданным параметрам (мониторинг, первый этап)", 0,
			Month.NOVEMBER, Scope.ALL, WORKING_GROUP),
	INTERVIEW_MENTORS(3, ProgrammeProcess.INTERVIEW_MENTORS, "Собеседование с наставниками (при необходимости с психологом)", 0,
			Month.OCTOBER, Scope.ALL, ADMINISTRATION, PSYCHOLOGIST),

	// Stage IV: selecting and training mentors (steps 14–17)
	FIND_TRAINING_EXPERTS(4, "findTrainingExperts", "Поиск экспертов и материалов для обучения наставников", 0,
			Month.OCTOBER, Scope.ALL, ADMINISTRATION),
	TRAIN_MENTORS(4, "trainMentors", "Обучение наставников", 0, Month.OCTOBER, Scope.ALL, ADMINISTRATION),
	HOLD_GROUP_MEETING(4, "holdGroupMeeting", "Групповая встреча наставников и наставляемых", 0, Month.OCTOBER,
			Scope.ALL, WORKING_GROUP),
	COLLECT_PREFERENCES(4, "collectPreferences", "Анкетирование о предпочитаемом наставнике или наставляемом после "
			+ "групповой встречи", 0, Month.OCTOBER, Scope.ALL, WORKING_GROUP),

	// Stage V: pairs and groups (steps 18–19)
	MATCH_PAIRS(5, "matchPairs", "Анализ анкет групповой встречи и объединение наставников и наставляемых в пары "
			+ "(группы)", 0, Month.OCTOBER, Scope.ALL, WORKING_GROUP),
	FIX_PAIRS_BY_ORDER(5, "fixPairsByOrder", "Информирование участников о сложившихся парах (группах); закрепление "
			+ "пар (групп) распоряжением руководителя", 0, Month.OCTOBER, Scope.ALL, WORKING_GROUP, DIRECTOR),

	// Stage VI: the work of pairs (steps 20–24)
	HOLD_ORGANISATIONAL_MEETINGS(6, "holdOrganisationalMeetings", "Первая, организационная встреча наставника и "
			+ "наставляемого", 0, Month.OCTOBER, Scope.ALL, WORKING_GROUP),
	HOLD_TRIAL_MEETINGS(6, "holdTrialMeetings", "Вторая, пробная рабочая встреча наставника и наставляемого", 0,
			Month.NOVEMBER, Scope.ALL, ADMINISTRATION),
	HOLD_PLANNING_MEETINGS(6, "holdPlanningMeetings", "Встреча-планирование рабочего процесса в рамках программы "
			+ "наставничества", 0, Month.NOVEMBER, Scope.ALL, ADMINISTRATION),
	HOLD_REGULAR_MEETINGS(6, "holdRegularMeetings", "Регулярные встречи наставника и наставляемого по утверждённому "
			+ "графику", 1, Month.MAY, Scope.ALL, ADMINISTRATION),
	COLLECT_FEEDBACK_NOVEMBER(6, "collectFeedbackNovember", "Сбор обратной связи от участников (ноябрь)", 0,
			Month.NOVEMBER, Scope.ALL, WORKING_GROUP),
	COLLECT_FEEDBACK_MAY(6, "collectFeedbackMay", "Сбор обратной связи от участников (май)", 1, Month.MAY,
			Scope.ALL, WORKING_GROUP),

	// Stage VII: completion (steps 25–34)
	HOLD_FINAL_PAIR_MEETINGS(7, "holdFinalPairMeetings", "Заключительная встреча наставника и наставляемого", 1,
			Month.MAY, Scope.ALL, ADMINISTRATION),
	HOLD_FINAL_GROUP_MEETING(7, "holdFinalGroupMeeting", "Итоговая встреча всех пар и групп", 1, Month.MAY,
			Scope.ALL, ADMINISTRATION),
	SURVEY_SATISFACTION(7, "surveySatisfaction", "Анкетирование: мониторинг личной удовлетворённости участием в "
			+ "программе", 1, Month.MAY, Scope.ALL, ADMINISTRATION, WORKING_GROUP),
	SEND_INVITATIONS(7, "sendInvitations", "Приглашение на торжественное мероприятие участников, их родных, "
			+ "партнёров, представителей муниципалитета и других организаций", 1, Month.MAY, Scope.ALL, ADMINISTRATION),
	HOLD_FINAL_EVENT(7, "holdFinalEvent", "Торжественное мероприятие: подведение итогов, поощрение лучших "
			+ "наставников", 1, Month.MAY, Scope.ALL, ADMINISTRATION, WORKING_GROUP),
	MONITOR_PROGRAMME_QUALITY(7, "monitorProgrammeQuality", "Мониторинг качества реализации программы "
			+ "наставничества", 1, Month.JUNE, Scope.ALL, ADMINISTRATION, WORKING_GROUP),
	EVALUATE_PARTICIPANTS_AGAIN(7, "evaluateParticipantsAgain", "Оценка участников, второй этап мониторинга влияния "
			+ "программы", 1, Month.JUNE, Scope.ALL, ADMINISTRATION, WORKING_GROUP),
	WRITE_UP_CASES(7, "writeUpCases", "Оформление итогов и процессов совместной работы в виде кейсов", 1, Month.JUNE,
			Scope.ALL, ADMINISTRATION, WORKING_GROUP),
	PUBLISH_RESULTS(7, "publishResults", "Публикация результатов программы, лучших наставников и кейсов на сайтах "
			+ "организации и партнёров", 1, Month.JUNE, Scope.ALL, ADMINISTRATION, WORKING_GROUP),
	UPDATE_BASES(7, "updateBases", "Внесение данных об итогах программы в базы наставников и наставляемых", 1,
			Month.JUNE, Scope.ALL, ADMINISTRATION, WORKING_GROUP);

	/**
	 * Whom a step concerns beyond the organisation's staff; the business decides which of these a programme leaves
	 * out (DMN {@code roadmap-steps}): a programme for teaching staff has no pupils, parents or legal representatives.
	 */
	public enum Scope {
		ALL("all"), PUPILS("pupils"), PARENTS("parents"), LEGAL_REPRESENTATIVES("legal-representatives");

		private final String code;

		Scope(String code) {
			this.code = code;
		}

		public String code() {
			return code;
		}
	}

	private final int stage;

	private final Scope scope;

	private final String step;

	private final String title;

	private final int yearOffset;

	private final Month month;

	private final List<Role> responsible;

	RoadmapStep(int stage, String step, String title, int yearOffset, Month month, Scope scope, Role... responsible) {
		this.stage = stage;
		this.scope = scope;
		this.step = step;
		this.title = title;
		this.yearOffset = yearOffset;
		this.month = month;
		this.responsible = List.of(responsible);
	}

	public int stage() {
		return stage;
	}

	public Scope scope() {
		return scope;
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
