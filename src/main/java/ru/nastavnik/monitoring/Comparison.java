package ru.nastavnik.monitoring;

import java.util.List;

import org.apache.commons.statistics.inference.WilcoxonSignedRankTest;

/**
 * A group's start and end evaluations on one parameter, and whether the change is more than noise: the Wilcoxon
 * signed-rank test of the paired scores (Apache Commons Statistics, the successor of Commons Math's statistics),
 * two-sided, at the 5 % level. The scores are small whole numbers, so a pair whose score did not change tells
 * nothing of the direction and is left out of the test (Wilcoxon's own treatment of zeros); with fewer than
 * {@value #LEAST_CHANGED} changed pairs no two-sided test can reach 5 %, and nothing is claimed. A group of fewer than
 * {@value #SMALLEST_SHOWN} shows no means at all: they would be a person's own scores.
 *
 * @param pairs the participants evaluated both times
 * @param changed those whose score changed
 * @param startMean the mean score at the start; null without pairs
 * @param endMean the mean score at the end; null without pairs
 * @param pValue the test's p-value; null when there was nothing to test
 */
public record Comparison(int pairs, int changed, Double startMean, Double endMean, Double pValue, Verdict verdict) {

	/** The level below which a change counts as more than noise. */
	public static final double SIGNIFICANCE = 0.05;

	/** The fewest changed pairs a two-sided test at 5 % can decide on (with 5, its smallest p-value is 0.0625). */
	public static final int LEAST_CHANGED = 6;

	/**
	 * The smallest group whose means are shown: in a smaller one they would be a person's own scores — the same rule
	 * as for the questionnaires' answers.
	 */
	public static final int SMALLEST_SHOWN = ru.nastavnik.feedback.Figures.SMALLEST_SHOWN;

	public static Comparison of(List<ScorePair> scores) {
		if (scores.isEmpty()) {
			return new Comparison(0, 0, null, null, null, Verdict.NONE);
		}
		if (scores.size() < SMALLEST_SHOWN) {
			return new Comparison(scores.size(), 0, null, null, null, Verdict.HIDDEN);
		}
		double startMean = scores.stream().mapToDouble(ScorePair::start).average().orElseThrow();
		double endMean = scores.stream().mapToDouble(ScorePair::end).average().orElseThrow();
		double[] changes = scores.stream().mapToDouble(ScorePair::change).filter(change -> change != 0).toArray();
		if (changes.length == 0) {
			return new Comparison(scores.size(), 0, startMean, endMean, null, Verdict.UNCHANGED);
		}
		if (changes.length < LEAST_CHANGED) {
			return new Comparison(scores.size(), changes.length, startMean, endMean, null, Verdict.TOO_FEW);
		}
		double p = WilcoxonSignedRankTest.withDefaults().test(changes).getPValue();
		// the direction of the changes themselves, not of two means that may round alike
		double net = java.util.Arrays.stream(changes).sum();
		Verdict verdict = p >= SIGNIFICANCE || net == 0 ? Verdict.NOISE : net > 0 ? Verdict.ROSE : Verdict.FELL;
		return new Comparison(scores.size(), changes.length, startMean, endMean, p, verdict);
	}

	/** The change of the mean score; null without pairs. */
	public Double change() {
		return startMean == null ? null : endMean - startMean;
	}
}
