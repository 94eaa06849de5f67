package ru.nastavnik.pairing;

import java.util.List;

/**
 * Why a pair scores what it does, part by part, with the reasons in Russian. Every admissible pair scores at least
 * {@link #BASE}, so the matching prefers a pair to leaving a mentee alone.
 *
 * @param requests how well the mentee's requests and interests meet the mentor's competences and experience
 * @param form whether the pair's form is the one recommended for the mentee
 * @param preference the preferences of step 17; a mutual choice weighs most
 * @param compatibility the psychologist's word that the two are compatible
 * @param reasons the parts explained, in Russian
 */
record PairScore(int requests, int form, int preference, int compatibility, List<String> reasons) {

	public static final int BASE = 1;

	public PairScore {
		reasons = List.copyOf(reasons);
	}

	public int total() {
		return BASE + requests + form + preference + compatibility;
	}

	/** «Итого 57: …; …». */
	public String explanation() {
		return "Итого " + total() + ": " + String.join("; ", reasons);
	}
}
