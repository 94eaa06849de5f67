package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The comparison on fixed data with known answers: the p-values are those of SciPy's
 * {@code wilcoxon(d, zero_method='wilcox', correction=True)} on the same differences (tied scores: the normal
 * approximation with the tie and continuity corrections; no ties: the exact distribution).
 */
class ComparisonTests {

	private static List<ScorePair> pairs(int[] start, int[] end) {
		List<ScorePair> pairs = new ArrayList<>();
		for (int i = 0; i < start.length; i++) {
			pairs.add(new ScorePair(start[i], end[i]));
		}
		return pairs;
	}

	@Test
	void shouldConfirmAGrowthBeyondNoise() {
		Comparison grew = Comparison.of(pairs(new int[] { 2, 3, 2, 3, 2, 4, 3, 2, 3, 3 },
				new int[] { 4, 4, 3, 4, 4, 4, 5, 3, 4, 3 }));
		assertThat(grew.pairs()).isEqualTo(10);
		assertThat(grew.changed()).isEqualTo(8);
		assertThat(grew.startMean()).isCloseTo(2.7, within(1e-9));
		assertThat(grew.endMean()).isCloseTo(3.8, within(1e-9));
		assertThat(grew.change()).isCloseTo(1.1, within(1e-9));
		assertThat(grew.pValue()).isCloseTo(0.011540, within(1e-4));
		assertThat(grew.verdict()).isEqualTo(Verdict.ROSE);
		// the same the other way round is a confirmed fall
		Comparison fell = Comparison.of(pairs(new int[] { 4, 4, 3, 4, 4, 4, 5, 3, 4, 3 },
				new int[] { 2, 3, 2, 3, 2, 4, 3, 2, 3, 3 }));
		assertThat(fell.verdict()).isEqualTo(Verdict.FELL);
		assertThat(fell.pValue()).isCloseTo(grew.pValue(), within(1e-12));
	}

	@Test
	void shouldCallAChangeThatChanceExplainsNoise() {
		Comparison noise = Comparison.of(pairs(new int[] { 3, 4, 3, 2, 4, 3, 3, 4, 2, 3, 4, 3 },
				new int[] { 4, 3, 3, 3, 3, 4, 2, 4, 3, 2, 4, 4 }));
		assertThat(noise.changed()).isEqualTo(9);
		assertThat(noise.pValue()).isCloseTo(0.789726, within(1e-4));
		assertThat(noise.verdict()).isEqualTo(Verdict.NOISE);
	}

	@Test
	void shouldUseTheExactDistributionWithoutTies() {
		Comparison exact = Comparison.of(pairs(new int[] { 10, 20, 30, 40, 50, 60, 70 },
				new int[] { 11, 22, 33, 44, 55, 66, 77 }));
		assertThat(exact.pValue()).isCloseTo(0.015625, within(1e-9));
		assertThat(exact.verdict()).isEqualTo(Verdict.ROSE);
	}

	@Test
	void shouldClaimNothingForAGroupTooSmallToTest() {
		// five of five grew by two points: striking, but no two-sided test at 5 % can say so
		Comparison few = Comparison.of(pairs(new int[] { 1, 2, 1, 2, 1 }, new int[] { 3, 4, 3, 4, 3 }));
		assertThat(few.changed()).isEqualTo(5);
		assertThat(few.pValue()).isNull();
		assertThat(few.verdict()).isEqualTo(Verdict.TOO_FEW);
		assertThat(few.change()).isCloseTo(2.0, within(1e-9));
	}

	@Test
	void shouldShowNoMeansOfAGroupSoSmallThatTheyWouldBeAPersonsScores() {
		Comparison four = Comparison.of(pairs(new int[] { 1, 2, 1, 2 }, new int[] { 3, 4, 3, 4 }));
		assertThat(four.pairs()).isEqualTo(4);
		assertThat(four.startMean()).isNull();
		assertThat(four.endMean()).isNull();
		assertThat(four.change()).isNull();
		assertThat(four.verdict()).isEqualTo(Verdict.HIDDEN);
	}

	@Test
	void shouldSayNothingChangedForAllEqualScores() {
		Comparison equal = Comparison.of(pairs(new int[] { 3, 4, 5, 3, 4, 5, 3, 4 },
				new int[] { 3, 4, 5, 3, 4, 5, 3, 4 }));
		assertThat(equal.changed()).isZero();
		assertThat(equal.pValue()).isNull();
		assertThat(equal.verdict()).isEqualTo(Verdict.UNCHANGED);
		assertThat(equal.change()).isZero();
	}

	@Test
	void shouldSayThereIsNothingToCompareWithoutPairs() {
		Comparison none = Comparison.of(List.of());
		assertThat(none.verdict()).isEqualTo(Verdict.NONE);
		assertThat(none.change()).isNull();
	}
}
