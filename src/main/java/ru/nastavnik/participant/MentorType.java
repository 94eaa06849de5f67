package ru.nastavnik.participant;

/** Who a mentor is (seed 001). A parent never mentors their own child; a staff member mentors under ТК ст. 351.8. */
public enum MentorType {

	PUPIL("обучающийся образовательной организации"),
	ALUMNUS("выпускник образовательной организации"),
	PARENT("родитель обучающегося"),
	STAFF("педагог или иной работник образовательной организации"),
	EMPLOYEE("сотрудник предприятия или иной организации");

	private final String title;

	MentorType(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}
}
