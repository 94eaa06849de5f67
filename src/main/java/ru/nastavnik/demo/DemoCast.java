package ru.nastavnik.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ru.nastavnik.participant.ParticipantInput.NewParticipant;
import ru.nastavnik.participant.ParticipantInput.Representative;
import ru.nastavnik.participant.ParticipantRole;

/**
 * Who works an organisation's demo year: its people with logins, and the participants who come to its programme in
 * September with what they will write in their questionnaires and how the working group will evaluate them. Dates
 * of birth are as for the 2026/2027 year; another year's demo moves them by as many years.
 */
record DemoCast(String tenantId, String director, String curator, String workingGroup, String psychologist,
		String orderNumber, List<Newcomer> newcomers) {

	/** A participant as the curator adds them, their questionnaire's answers and the start evaluation (1–5). */
	record Newcomer(NewParticipant person, Map<String, Object> questionnaire, String thirdPartyInformation,
			int[] evaluation, boolean publicationConsent) {
	}

	/** Who of the organisation's people works a task of these candidate groups. */
	String personFor(List<String> candidateGroups) {
		if (candidateGroups.contains("working-group")) {
			return workingGroup;
		}
		if (candidateGroups.contains("psychologist")) {
			return psychologist;
		}
		if (candidateGroups.contains("curator")) {
			return curator;
		}
		return director;
	}

	/** МБОУ СШ №3 г. Лысково: a pupils' programme — six pupils and five mentors (teachers, a pupil, an engineer). */
	static DemoCast school() {
		return new DemoCast("school3", "director-school3", "curator-school3", "workgroup-school3",
				"psychologist-school3", "45-ОД", List.of(
						pupil("Козлов Артём Игоревич", LocalDate.of(2012, 3, 14), "8 «Б»", "Козлова Елена Николаевна",
								"kozlova@mail.example", "PUPIL_LOW_MOTIVATION",
								"Отстаёт по алгебре, хочет подтянуть её к ОГЭ", "футбол, компьютерные игры",
								"Классный руководитель: способный, но пропускает уроки; нужна поддержка в математике",
								new int[] { 2, 3, 2, 2 }, true),
						pupil("Зайцева Полина Андреевна", LocalDate.of(2011, 7, 22), "9 «А»",
								"Зайцев Андрей Викторович", "zaitsev.av@mail.example", "PUPIL_HARD_CHOICE",
								"Выбор профиля 10 класса и будущей профессии", "рисование, дизайн",
								"Педагог-психолог: сомневается между гуманитарным и инженерным профилем",
								new int[] { 3, 3, 2, 4 }, false),
						pupil("Никитин Егор Павлович", LocalDate.of(2013, 1, 9), "7 «В»", "Никитина Ольга Сергеевна",
								"nikitina.os@mail.example", "PUPIL_GIFTED", "Подготовка к олимпиаде по физике",
								"робототехника, шахматы",
								"Классный руководитель: призёр школьного этапа олимпиады, хочет идти дальше",
								new int[] { 4, 3, 3, 4 }, true),
						pupil("Фёдорова Дарья Максимовна", LocalDate.of(2012, 10, 30), "8 «А»",
								"Фёдорова Марина Ивановна", "fedorova.mi@mail.example", "PUPIL_SPECIAL_NEEDS",
								"Чтение и понимание текстов, адаптация в новом классе", "музыка, рукоделие",
								"Педагог-психолог: перешла из другой школы, трудно заводит знакомства",
								new int[] { 3, 2, 2, 2 }, false),
						pupil("Соловьёв Кирилл Денисович", LocalDate.of(2010, 4, 18), "10 «Б»",
								"Соловьёва Наталья Юрьевна", "solovyova.ny@mail.example", "PUPIL_HARD_CHOICE",
								"Инженерные специальности, практика на предприятии", "3D-моделирование, мотоциклы",
								"Классный руководитель: интересуется техникой, не знает, куда поступать",
								new int[] { 3, 3, 3, 3 }, true),
						pupil("Громова Виктория Олеговна", LocalDate.of(2011, 12, 5), "9 «Б»",
								"Громов Олег Николаевич", "gromov.on@mail.example", "PUPIL_GIFTED",
								"Исследовательский проект по биологии, участие в конференции", "волонтёрство, биология",
								"Классный руководитель: ведёт наблюдения за птицами, готова к проекту",
								new int[] { 4, 4, 3, 4 }, false),
						staff("Орлов Дмитрий Сергеевич", LocalDate.of(1978, 11, 3), "учитель математики",
								"orlov@school3.example", "математика, подготовка к ОГЭ, олимпиадная подготовка",
								"25 лет в школе, наставник молодых педагогов", 2, "Согласие № 4", "ДС-12/2026",
								new int[] { 5, 4, 5, 5 }),
						staff("Лебедева Светлана Викторовна", LocalDate.of(1985, 2, 17), "учитель физики",
								"lebedeva@school3.example", "физика, робототехника, проектная деятельность",
								"15 лет в школе, руководит кружком робототехники", 2, "Согласие № 7", "ДС-15/2026",
								new int[] { 4, 4, 4, 5 }),
						staff("Андреева Татьяна Михайловна", LocalDate.of(1982, 8, 25), "учитель биологии",
								"andreeva@school3.example", "биология, исследовательские проекты, экология",
								"18 лет в школе, руководитель школьного научного общества", 1, "Согласие № 9",
								"ДС-17/2026", new int[] { 4, 5, 4, 4 }),
						mentor(new NewParticipant("Гусев Роман Александрович", LocalDate.of(1990, 6, 11),
								"инженер-конструктор ООО «Лысковский электротехнический завод»", ParticipantRole.MENTOR,
								"gusev.ra@lez.example", "+79103334455", null), "EMPLOYEE",
								"инженерное дело, черчение, профориентация",
								"10 лет на заводе, ведёт практику старшеклассников", 2, new int[] { 4, 4, 4, 4 }),
						mentor(new NewParticipant("Белова Мария Андреевна", LocalDate.of(2009, 5, 2), "11 «А»",
								ParticipantRole.MENTOR, null, null, new Representative("Белов Андрей Петрович",
										"belov@mail.example", "+79162223344")), "PUPIL",
								"литература, чтение, адаптация в классе",
								"Победитель муниципального конкурса чтецов, вожатая в летнем лагере", 1,
								new int[] { 5, 4, 3, 5 })));
	}

	/** МАДОУ «Белоевский детский сад»: a teachers' programme — three young teachers and two experienced ones. */
	static DemoCast kindergarten() {
		return new DemoCast("kindergarten", "director-kindergarten", "curator-kindergarten",
				"methodist-kindergarten", "methodist-kindergarten", "63/1", List.of(
						teacher("Ершова Алина Романовна", LocalDate.of(2001, 9, 14), "воспитатель", "ershova@beloevsky.example",
								"YOUNG_TEACHER", "Организация режимных моментов, общение с родителями",
								new int[] { 4, 3, 2, 3 }),
						teacher("Павлова Кристина Игоревна", LocalDate.of(1998, 3, 3), "воспитатель старшей группы",
								"pavlova@beloevsky.example", "TEACHER_NEW_POSITION",
								"Переход в старшую группу: планирование занятий и подготовка к школе",
								new int[] { 4, 3, 3, 3 }),
						teacher("Тихонов Максим Андреевич", LocalDate.of(1996, 12, 20), "музыкальный руководитель",
								"tikhonov@beloevsky.example", "YOUNG_TEACHER", "Сценарии праздников, работа с голосом",
								new int[] { 5, 3, 2, 3 }),
						staff("Мошкина Галина Петровна", LocalDate.of(1970, 4, 8), "старший воспитатель",
								"moshkina@beloevsky.example", "методическая работа, планирование, аттестация",
								"30 лет в дошкольном образовании, высшая категория", 2, "Согласие № 2", "ДС-3/2026",
								new int[] { 5, 4, 5, 5 }),
						staff("Ковалёва Ирина Васильевна", LocalDate.of(1975, 10, 1), "воспитатель",
								"kovaleva@beloevsky.example", "работа с родителями, развивающая среда, музыка",
								"25 лет в детском саду, высшая категория", 1, "Согласие № 3", "ДС-4/2026",
								new int[] { 4, 4, 5, 4 })));
	}

	private static Newcomer pupil(String name, LocalDate born, String form, String representative, String email,
			String category, String requests, String interests, String thirdParty, int[] evaluation,
			boolean publicationConsent) {
		return new Newcomer(new NewParticipant(name, born, form, ParticipantRole.MENTEE, null, null,
				new Representative(representative, email, null)), Map.of("menteeCategory", category, "requests",
						requests, "interests", interests), thirdParty, evaluation, publicationConsent);
	}

	private static Newcomer teacher(String name, LocalDate born, String position, String email, String category,
			String requests, int[] evaluation) {
		return new Newcomer(new NewParticipant(name, born, position, ParticipantRole.MENTEE, email, null, null),
				Map.of("menteeCategory", category, "requests", requests), null, evaluation, false);
	}

	/** A member of staff: the employee's written consent to mentor and the addendum to their contract come along. */
	private static Newcomer staff(String name, LocalDate born, String position, String email, String competences,
			String experience, int maxMentees, String consent, String addendum, int[] evaluation) {
		Newcomer mentor = mentor(new NewParticipant(name, born, position, ParticipantRole.MENTOR, email, null, null),
				"STAFF", competences, experience, maxMentees, evaluation);
		Map<String, Object> answers = new HashMap<>(mentor.questionnaire());
		answers.put("staffConsentReference", consent);
		answers.put("addendumNumber", addendum);
		return new Newcomer(mentor.person(), answers, null, evaluation, true);
	}

	private static Newcomer mentor(NewParticipant person, String type, String competences, String experience,
			int maxMentees, int[] evaluation) {
		return new Newcomer(person, Map.of("mentorType", type, "competences", competences, "experience", experience,
				"maxMentees", maxMentees), null, evaluation, false);
	}
}
