package ru.nastavnik.monitoring;

/** One participant's score on a parameter (or their mean over a kind of growth) at the start and at the end. */
public record ScorePair(double start, double end) {

	public double change() {
		return end - start;
	}
}
