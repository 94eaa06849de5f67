package ru.nastavnik.participant;

/** Who tells the working group about a mentee's requests (roadmap step 6). */
enum ThirdPartySource {

	CLASS_TEACHER("классный руководитель"),
	PSYCHOLOGIST("педагог-психолог"),
	SOCIAL_PEDAGOGUE("социальный педагог"),
	PARENTS("родители (законные представители)"),
	NONE("сведения не поступили");

	private final String title;

	ThirdPartySource(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}
}
