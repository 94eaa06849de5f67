package ru.nastavnik.certificate;

/** What a document of the programme's end is: a mentee's certificate or a mentor's letter of thanks. */
public enum CertificateKind {

	PARTICIPATION("Сертификат участника программы наставничества",
			"прошёл (прошла) программу наставничества в роли наставляемого"),
	THANKS("Благодарственное письмо",
			"за работу наставником в программе наставничества, помощь и поддержку наставляемых");

	private final String title;

	private final String wording;

	CertificateKind(String title, String wording) {
		this.title = title;
		this.wording = wording;
	}

	public String title() {
		return title;
	}

	/** What the document says the person did, after their name. */
	public String wording() {
		return wording;
	}
}
