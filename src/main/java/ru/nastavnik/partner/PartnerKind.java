package ru.nastavnik.partner;

/** What kind of partner an organisation has. */
public enum PartnerKind {

	ENTERPRISE("предприятие, организация бизнеса"), UNIVERSITY("вуз"), COLLEGE("колледж, техникум"),
	SCHOOL("другая образовательная организация"), CULTURE("учреждение культуры, спорта, дополнительного образования"),
	PUBLIC("общественная, некоммерческая организация"), AUTHORITY("орган власти, муниципалитет"), OTHER("другое");

	private final String title;

	PartnerKind(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}
}
