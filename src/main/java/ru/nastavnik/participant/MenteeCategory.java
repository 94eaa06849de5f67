package ru.nastavnik.participant;

/** Who a mentee is, in the categories of the target model (seed 001). */
public enum MenteeCategory {

	PUPIL_HARD_CHOICE("обучающийся перед ситуацией сложного выбора образовательной траектории или профессии"),
	PUPIL_LOW_MOTIVATION("обучающийся, недостаточно мотивированный к учёбе или испытывающий трудности с адаптацией"),
	PUPIL_GIFTED("талантливый обучающийся, которому сложно раскрыть потенциал в рамках стандартной программы"),
	PUPIL_SPECIAL_NEEDS("обучающийся с ограниченными возможностями здоровья"),
	YOUNG_TEACHER("молодой педагог со стажем работы до 3 лет"),
	EXPERIENCED_TEACHER("педагог с большим стажем, испытывающий трудности с новыми технологиями или профессиональное "
			+ "выгорание"),
	TEACHER_NEW_POSITION("педагог, сменивший место работы или должность");

	private final String title;

	MenteeCategory(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}

	public boolean pupil() {
		return name().startsWith("PUPIL_");
	}
}
