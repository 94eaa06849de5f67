package ru.nastavnik.consent;

import java.util.List;

/**
 * What a participant's consent (152-ФЗ ст. 9) allows: processing the data for taking part in the programme, or the
 * separate consent of ст. 10.1 to publish some of it on the organisation's site. Each purpose carries the texts its
 * consent form prints: the document's name, the purpose, the personal data, the actions and how they are done, the
 * conditions and prohibitions the subject may set, and how the consent is revoked.
 */
enum ConsentPurpose {

	PROCESSING("Согласие на обработку персональных данных",
			"обработка персональных данных для участия в программе наставничества",
			List.of("фамилия, имя, отчество", "дата рождения", "класс (для обучающегося) или должность (для работника)",
					"контактные телефон и адрес электронной почты",
					"сведения из анкеты участника: запросы, интересы, компетенции, опыт",
					"результаты оценки и мониторинга программы наставничества",
					"сведения о закреплении в наставнической паре или группе"),
			List.of("сбор", "запись", "систематизация", "накопление", "хранение", "уточнение (обновление, изменение)",
					"извлечение", "использование",
					"передача (предоставление, доступ) в пределах программы наставничества", "обезличивание",
					"блокирование", "удаление", "уничтожение"),
			List.of(),
			"Согласие отзывается письменным заявлением, направленным оператору по его адресу, указанному в настоящем "
					+ "согласии, или переданным оператору лично."),

	PUBLICATION(
			"Согласие на обработку персональных данных, разрешённых субъектом персональных данных для распространения",
			"распространение персональных данных: публикация итогов программы, кейсов и сведений о лучших "
					+ "наставниках на сайте организации",
			List.of("фамилия, имя, отчество", "фотография", "должность или класс",
					"описание кейса (практики) наставничества с участием субъекта", "сведения о наградах и поощрениях"),
			List.of("сбор", "запись", "систематизация", "хранение", "уточнение (обновление, изменение)",
					"использование",
					"распространение (предоставление доступа неограниченному кругу лиц) путём размещения на сайте "
							+ "оператора",
					"блокирование", "удаление", "уничтожение"),
			List.of("Категории и перечень персональных данных, для обработки которых устанавливаются условия и запреты",
					"Запреты на передачу (кроме предоставления доступа) персональных данных неограниченному кругу лиц",
					"Запреты на обработку или условия обработки (кроме получения доступа) персональных данных "
							+ "неограниченным кругом лиц",
					"Условия передачи оператором полученных персональных данных (только по его внутренней сети, "
							+ "с использованием сетей связи или без передачи)"),
			"Распространение прекращается по письменному требованию субъекта персональных данных (законного "
					+ "представителя), направленному оператору; требование включает фамилию, имя, отчество, "
					+ "контактную информацию (телефон, адрес электронной почты или почтовый адрес) и перечень "
					+ "персональных данных, обработка которых подлежит прекращению. Действие согласия прекращается с "
					+ "момента поступления требования оператору (ст. 10.1 Федерального закона № 152-ФЗ).");

	/** How every purpose is processed: in the system and on paper. */
	private static final String METHODS = "смешанная обработка: автоматизированная — в информационной системе "
			+ "«Наставник», и без использования средств автоматизации — в документах программы на бумаге";

	private final String title;

	private final String purpose;

	private final List<String> personalData;

	private final List<String> actions;

	private final List<String> subjectConditions;

	private final String revocation;

	ConsentPurpose(String title, String purpose, List<String> personalData, List<String> actions,
			List<String> subjectConditions, String revocation) {
		this.title = title;
		this.purpose = purpose;
		this.personalData = personalData;
		this.actions = actions;
		this.subjectConditions = subjectConditions;
		this.revocation = revocation;
	}

	/** The consent document's name. */
	public String title() {
		return title;
	}

	/** «обработка персональных данных для участия в программе наставничества». */
	public String purpose() {
		return purpose;
	}

	/** The personal data the consent covers, one item a line. */
	public List<String> personalData() {
		return personalData;
	}

	/** What the operator may do with the data, in the words of 152-ФЗ ст. 3. */
	public List<String> actions() {
		return actions;
	}

	/** The general description of the processing methods (automated or not). */
	public String methods() {
		return METHODS;
	}

	/**
	 * The conditions and prohibitions the subject may set on data allowed for distribution (152-ФЗ ст. 10.1), one blank
	 * line each, filled by hand; empty when the consent distributes nothing.
	 */
	public List<String> subjectConditions() {
		return subjectConditions;
	}

	/** Whether the data go to anyone who opens the site: the separate consent of 152-ФЗ ст. 10.1. */
	public boolean distributes() {
		return !subjectConditions.isEmpty();
	}

	/** How this consent is revoked, before the operator's common 30-day duty. */
	public String revocation() {
		return revocation;
	}
}
