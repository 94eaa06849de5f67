package ru.nastavnik.programme;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * What a programme chooses at roadmap step 8: its forms of mentoring (seed 001 for pupils, seed 003 for teaching
 * staff), and for teaching staff the kinds of mentoring and the directions of personalised programmes (seed 003).
 */
public enum MentoringOption {

	PUPIL_PUPIL(Category.FORM, Set.of(ProgrammeAudience.PUPILS), "ученик – ученик"),
	TEACHER_TEACHER(Category.FORM, Set.of(ProgrammeAudience.PUPILS), "учитель – учитель"),
	TEACHER_PUPIL(Category.FORM, Set.of(ProgrammeAudience.PUPILS), "учитель – ученик"),
	STUDENT_PUPIL(Category.FORM, Set.of(ProgrammeAudience.PUPILS), "студент – ученик"),
	EMPLOYER_PUPIL(Category.FORM, Set.of(ProgrammeAudience.PUPILS), "работодатель – ученик"),
	EMPLOYER_STUDENT(Category.FORM, Set.of(ProgrammeAudience.PUPILS), "работодатель – студент"),
	PEDAGOGUE_PEDAGOGUE(Category.FORM, Set.of(ProgrammeAudience.TEACHERS), "педагог – педагог"),
	HEAD_PEDAGOGUE(Category.FORM, Set.of(ProgrammeAudience.TEACHERS), "руководитель – педагог"),
	PARTNER_PEDAGOGUE(Category.FORM, Set.of(ProgrammeAudience.TEACHERS), "социальный партнёр – педагог"),

	TRADITIONAL(Category.KIND, Set.of(ProgrammeAudience.TEACHERS), "традиционное"),
	REVERSE(Category.KIND, Set.of(ProgrammeAudience.TEACHERS), "реверсивное"),
	PARTNERSHIP(Category.KIND, Set.of(ProgrammeAudience.TEACHERS), "партнёрское"),
	GROUP(Category.KIND, Set.of(ProgrammeAudience.TEACHERS), "групповое"),
	VIRTUAL(Category.KIND, Set.of(ProgrammeAudience.TEACHERS), "виртуальное"),
	SHORT_TERM(Category.KIND, Set.of(ProgrammeAudience.TEACHERS), "краткосрочное"),
	SITUATIONAL(Category.KIND, Set.of(ProgrammeAudience.TEACHERS), "ситуационное"),
	SPEED(Category.KIND, Set.of(ProgrammeAudience.TEACHERS), "скоростное"),
	COMBINED(Category.KIND, Set.of(ProgrammeAudience.TEACHERS), "комплекс видов"),

	YOUNG_TEACHER(Category.DIRECTION, Set.of(ProgrammeAudience.TEACHERS), "сопровождение молодого педагога"),
	PROFESSIONAL_DIFFICULTIES(Category.DIRECTION, Set.of(ProgrammeAudience.TEACHERS),
			"преодоление профессиональных затруднений"),
	CONTESTS(Category.DIRECTION, Set.of(ProgrammeAudience.TEACHERS), "сопровождение в конкурсах"),
	CERTIFICATION(Category.DIRECTION, Set.of(ProgrammeAudience.TEACHERS), "сопровождение в аттестации"),
	AFTER_CERTIFICATION(Category.DIRECTION, Set.of(ProgrammeAudience.TEACHERS), "сопровождение после аттестации"),
	NEW_POSITION(Category.DIRECTION, Set.of(ProgrammeAudience.TEACHERS), "при переходе на новую должность"),
	NEW_WORKPLACE(Category.DIRECTION, Set.of(ProgrammeAudience.TEACHERS), "при переходе на новое место работы");

	public enum Category {
		/** форма наставничества: who mentors whom */
		FORM("mentoringForms", "Формы наставничества"),
		/** вид наставничества: how */
		KIND("mentoringKinds", "Виды наставничества"),
		/** направление персонализированной программы педагога */
		DIRECTION("personalisedDirections", "Направления персонализированных программ");

		private final String variable;

		private final String title;

		Category(String variable, String title) {
			this.variable = variable;
			this.title = title;
		}

		public String variable() {
			return variable;
		}

		public String title() {
			return title;
		}
	}

	private final Category category;

	private final Set<ProgrammeAudience> audiences;

	private final String title;

	MentoringOption(Category category, Set<ProgrammeAudience> audiences, String title) {
		this.category = category;
		this.audiences = audiences;
		this.title = title;
	}

	public Category category() {
		return category;
	}

	public String title() {
		return title;
	}

	boolean offeredTo(ProgrammeAudience audience) {
		return audiences.contains(audience);
	}

	static Optional<MentoringOption> of(Category category, String code) {
		return Arrays.stream(values()).filter(option -> option.category == category && option.name().equals(code))
			.findFirst();
	}
}
