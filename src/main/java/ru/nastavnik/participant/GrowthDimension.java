package ru.nastavnik.participant;

/** Which growth of Р-145's second monitoring stage a parameter measures. */
public enum GrowthDimension {

	MOTIVATION("мотивационный рост"), PERSONAL("личностный рост"), PROFESSIONAL("профессиональный рост"),
	RESULTS("образовательные (профессиональные) результаты");

	private final String title;

	GrowthDimension(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}
}
