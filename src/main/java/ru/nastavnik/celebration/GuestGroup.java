package ru.nastavnik.celebration;

/** Who a final event invites, as the administration chooses the groups. */
public enum GuestGroup {

	PARTICIPANTS("участники программы (взрослые)"), REPRESENTATIVES("родители и законные представители "
			+ "несовершеннолетних участников"), PARTNERS("партнёры организации"), MUNICIPALITY("муниципалитет "
					+ "(муниципальный куратор)"), ORGANISATIONS("другие организации муниципалитета (руководители)");

	private final String title;

	GuestGroup(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}
}
