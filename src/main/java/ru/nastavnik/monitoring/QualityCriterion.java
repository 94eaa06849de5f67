package ru.nastavnik.monitoring;

/**
 * The curator's questionnaire on the quality of the programme's implementation (Р-145 monitoring, stage 1): each
 * criterion scored from 1 («совсем нет») to 5 («полностью»). The choice of criteria is explained in
 * {@code docs/monitoring.md}.
 */
public enum QualityCriterion {

	GOALS("goals", "Насколько достигнуты цели и задачи программы?", "цели и задачи достигнуты"),
	ROADMAP("roadmap", "Насколько дорожная карта выполнена в срок?", "дорожная карта выполнена в срок"),
	MATCHING("matching", "Насколько пары соответствовали запросам наставляемых?", "подбор пар"),
	MENTORS_READY("mentorsReady", "Насколько наставники были готовы к работе?", "готовность наставников"),
	PLANS("plans", "Насколько пары работали по индивидуальным планам?", "работа по планам"),
	ENGAGEMENT("engagement", "Насколько участники были вовлечены в программу?", "вовлечённость участников"),
	RESOURCES("resources", "Насколько хватало ресурсов (времени, помещений, материалов)?", "достаточность ресурсов"),
	COMMUNITY("community", "Насколько программу поддержали педагоги, родители и партнёры?",
			"поддержка сообщества");

	public static final int MIN = 1;

	public static final int MAX = 5;

	private final String code;

	private final String question;

	private final String title;

	QualityCriterion(String code, String question, String title) {
		this.code = code;
		this.question = question;
		this.title = title;
	}

	/** The form's field and the stored key. */
	public String code() {
		return code;
	}

	public String question() {
		return question;
	}

	/** The criterion's short name in the figures and the report. */
	public String title() {
		return title;
	}
}
