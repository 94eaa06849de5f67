package ru.nastavnik.participant;

/** Where a participant is on their way into the programme's bases. */
public enum ParticipantStatus {

	AWAITING_CONSENT("ожидается согласие на обработку персональных данных"),
	AWAITING_QUESTIONNAIRE("ожидается анкета"),
	UNDER_REVIEW("анкета на рассмотрении рабочей группы"),
	IN_BASE("включён в базу"),
	NOT_INCLUDED("не включён в базу"),
	WITHDRAWN("обработка прекращена: согласие отозвано");

	private final String title;

	ParticipantStatus(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}
}
