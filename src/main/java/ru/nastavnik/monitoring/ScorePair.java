package ru.nastavnik.monitoring;

/** One participant's score on one parameter at the start and at the end of the year. */
public record ScorePair(int start, int end) {

	public int change() {
		return end - start;
	}
}
