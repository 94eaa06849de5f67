package ru.nastavnik.feedback;

import java.util.List;

/**
 * The questionnaires the feedback machinery asks (a one-use link, a Tasklist task for a participant with a login, or
 * paper typed in by the working group): the pairs' feedback of step 24, in November and May, and the Р-145
 * satisfaction with the participation of step 27, at the end of the year. Each has its closed questions, by the
 * respondent's role, and the same two open ones. The wording and the reasons for it are in {@code docs/monitoring.md}.
 */
public enum Questionnaire {

	PAIR_WORK("Обратная связь о работе пары", "анкета о работе пары", "Что получилось в работе пары?",
			"Что стоит изменить?") {

		@Override
		public List<Question> questions(RespondentRole role) {
			return List.of(new Question(Answers.PAIR_WORK, "Насколько вы довольны работой вашей пары в целом?",
					"работа пары", Scale.FIVE),
					new Question(Answers.REGULARITY, "Насколько вас устраивает регулярность встреч?",
							"регулярность встреч", Scale.FIVE),
					new Question(Answers.USEFULNESS, "Насколько полезна для вас работа в паре?", "польза",
							Scale.FIVE),
					new Question(Answers.RELATIONSHIP, "Насколько вы довольны отношениями " + role.withOther() + "?",
							"отношения в паре", Scale.FIVE));
		}

		@Override
		public String scaleHint() {
			return "Оценки: 1 — совсем нет, 2 — скорее нет, 3 — отчасти, 4 — скорее да, 5 — полностью.";
		}
	},

	SATISFACTION("Удовлетворённость участием в программе наставничества", "анкета удовлетворённости участием",
			"Что было для вас особенно ценным в программе?", "Чего вам не хватило, что стоит изменить?") {

		@Override
		public List<Question> questions(RespondentRole role) {
			boolean mentee = role == RespondentRole.MENTEE;
			List<Question> questions = new java.util.ArrayList<>(List.of(
					new Question(EFFECTIVENESS, "Насколько эффективной была для вас программа наставничества?",
							"эффективность программы", Scale.TEN),
					new Question("comfort", "Насколько комфортным было общение в вашей паре (группе)?",
							"комфорт общения", Scale.TEN),
					new Question("personalMeetings", "Насколько полезными были ваши личные встречи?",
							"польза личных встреч", Scale.TEN),
					new Question("groupMeetings", "Насколько полезными были групповые встречи и мероприятия "
							+ "программы?", "польза групповых встреч", Scale.TEN),
					new Question("expectations", "Насколько оправдались ваши ожидания от участия в программе?",
							"оправдавшиеся ожидания", Scale.TEN)));
			if (mentee) {
				questions.add(new Question("clearTasks", "Насколько понятными были задачи, которые ставил наставник?",
						"понятность задач", Scale.TEN));
				questions.add(new Question("mentorSupport", "Насколько вы ощущали поддержку наставника?",
						"поддержка наставника", Scale.TEN));
			}
			else {
				questions.add(new Question("usefulToMentee", "Насколько, на ваш взгляд, вы были полезны "
						+ "наставляемому?", "польза для наставляемого", Scale.TEN));
				questions.add(new Question("planDone", "Насколько удалось выполнить индивидуальный план развития?",
						"выполнение плана", Scale.TEN));
				questions.add(new Question("curatorSupport", "Насколько достаточной была поддержка куратора "
						+ "программы?", "поддержка куратора", Scale.TEN));
			}
			questions.add(new Question("recommend", "Порекомендовали бы вы участие в программе друзьям (коллегам)?",
					"рекомендовали бы программу", Scale.YES_NO));
			questions.add(mentee
					? new Question("becomeMentor", "Хотели бы вы в будущем сами стать наставником?",
							"хотят стать наставником", Scale.YES_NO)
					: new Question(CONTINUE_AS_MENTOR, "Хотели бы вы продолжить работу наставником в следующем году?",
							"готовы продолжить наставничество", Scale.YES_NO));
			return List.copyOf(questions);
		}

		@Override
		public String scaleHint() {
			return "Оценки от 1 (самая низкая) до 10 (самая высокая).";
		}
	};

	/** The satisfaction questionnaire's overall question, drawn as the report's distribution. */
	public static final String EFFECTIVENESS = "effectiveness";

	/** A mentor's wish to go on mentoring next year, asked for the mentor base of the next year (step 34). */
	public static final String CONTINUE_AS_MENTOR = "continueAsMentor";

	private final String title;

	private final String name;

	private final String worked;

	private final String toChange;

	Questionnaire(String title, String name, String worked, String toChange) {
		this.title = title;
		this.name = name;
		this.worked = worked;
		this.toChange = toChange;
	}

	/** The closed questions asked of the role, in the order they are asked. */
	public abstract List<Question> questions(RespondentRole role);

	/** What the scores mean, above the questions. */
	public abstract String scaleHint();

	/** Whether the roles answer different questions, so that the figures are kept apart by role. */
	public boolean byRole() {
		return this == SATISFACTION;
	}

	/** The questionnaire's heading. */
	public String title() {
		return title;
	}

	/** The questionnaire as a sentence names it: «анкета о работе пары». */
	public String named() {
		return name;
	}

	/** The name of its task in Tasklist ({@code feedback-answer}). */
	public String taskName() {
		return this == SATISFACTION ? "Ответить на анкету удовлетворённости участием в программе"
				: "Ответить на анкету о работе пары";
	}

	/** The first open question (field {@code whatWorked}). */
	public String worked() {
		return worked;
	}

	/** The second open question (field {@code whatToChange}). */
	public String toChange() {
		return toChange;
	}

	/** The questionnaire a roadmap step asks. */
	public static Questionnaire of(String step) {
		return FeedbackSteps.SATISFACTION.equals(step) ? SATISFACTION : PAIR_WORK;
	}
}
