package ru.nastavnik.pairing.matching;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What to match: the mentees, the mentors with how many mentees each takes, and the admissible pairs with their
 * scores. The caller applies the hard constraints and lists only admissible pairs; a pair not listed is never chosen.
 * <p>
 * A municipality has some 100,000 mentees with dozens of admissible mentors each, so the problem keeps its pairs in
 * primitive arrays, grouped by mentee, and refers to people by their position: mentee {@code 0..menteeCount()-1},
 * mentor {@code 0..mentorCount()-1}, candidate pair {@code 0..candidateCount()-1}. The problem is immutable and
 * checked when built.
 */
public final class MatchingProblem {

	/**
	 * A mentor who takes part in the matching.
	 *
	 * @param id the mentor's id
	 * @param capacity how many mentees the mentor takes: 1 for a pair, more for a group
	 */
	public record Mentor(long id, int capacity) {
	}

	/**
	 * An admissible pair.
	 *
	 * @param menteeId the mentee
	 * @param mentorId the mentor
	 * @param score how well they fit, at least 1; the matching maximises the sum
	 */
	public record Candidate(long menteeId, long mentorId, int score) {
	}

	private final long[] mentees;

	private final long[] mentors;

	private final int[] capacities;

	private final int[] candidateMentees;

	private final int[] candidateMentors;

	private final int[] scores;

	private MatchingProblem(long[] mentees, long[] mentors, int[] capacities, int[] candidateMentees,
			int[] candidateMentors, int[] scores) {
		this.mentees = mentees;
		this.mentors = mentors;
		this.capacities = capacities;
		this.candidateMentees = candidateMentees;
		this.candidateMentors = candidateMentors;
		this.scores = scores;
	}

	/** @return a builder for a large problem, fed one person and one pair at a time */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * @param mentees the mentees' ids
	 * @param mentors the mentors
	 * @param candidates the admissible pairs
	 * @return the checked problem
	 * @throws IllegalArgumentException if an id repeats, a capacity or a score is below 1, or a pair names someone
	 *         who is not in the problem or repeats
	 */
	public static MatchingProblem of(List<Long> mentees, List<Mentor> mentors, List<Candidate> candidates) {
		Builder builder = builder();
		mentees.forEach(builder::mentee);
		mentors.forEach(mentor -> builder.mentor(mentor.id(), mentor.capacity()));
		candidates.forEach(candidate -> builder.candidate(candidate.menteeId(), candidate.mentorId(),
				candidate.score()));
		return builder.build();
	}

	public int menteeCount() {
		return mentees.length;
	}

	public long menteeId(int mentee) {
		return mentees[mentee];
	}

	public int mentorCount() {
		return mentors.length;
	}

	public long mentorId(int mentor) {
		return mentors[mentor];
	}

	public int capacity(int mentor) {
		return capacities[mentor];
	}

	public int candidateCount() {
		return scores.length;
	}

	/** @return the position of the candidate pair's mentee; pairs come grouped by mentee, in the mentees' order */
	public int candidateMentee(int candidate) {
		return candidateMentees[candidate];
	}

	/** @return the position of the candidate pair's mentor */
	public int candidateMentor(int candidate) {
		return candidateMentors[candidate];
	}

	public int score(int candidate) {
		return scores[candidate];
	}

	/** @return the mentees' ids, as a view */
	public List<Long> mentees() {
		return new AbstractList<>() {

			@Override
			public Long get(int index) {
				return menteeId(index);
			}

			@Override
			public int size() {
				return menteeCount();
			}
		};
	}

	/** @return the mentors, as a view */
	public List<Mentor> mentors() {
		return new AbstractList<>() {

			@Override
			public Mentor get(int index) {
				return new Mentor(mentorId(index), capacity(index));
			}

			@Override
			public int size() {
				return mentorCount();
			}
		};
	}

	/** @return the admissible pairs, grouped by mentee, as a view */
	public List<Candidate> candidates() {
		return new AbstractList<>() {

			@Override
			public Candidate get(int index) {
				return new Candidate(menteeId(candidateMentee(index)), mentorId(candidateMentor(index)), score(index));
			}

			@Override
			public int size() {
				return candidateCount();
			}
		};
	}

	/**
	 * Collects a problem one person and one pair at a time, in any order; people are checked as they come, pairs when
	 * the problem is built. Not thread-safe.
	 */
	public static final class Builder {

		private final Map<Long, Integer> mentees = new HashMap<>();

		private final Map<Long, Integer> mentors = new HashMap<>();

		private long[] menteeIds = new long[16];

		private long[] mentorIds = new long[16];

		private int[] capacities = new int[16];

		private long[] pairMentees = new long[16];

		private long[] pairMentors = new long[16];

		private int[] pairScores = new int[16];

		private int pairs;

		private Builder() {
		}

		/** Adds a mentee. */
		public Builder mentee(long id) {
			if (mentees.putIfAbsent(id, mentees.size()) != null) {
				throw new IllegalArgumentException("Наставляемый %d указан в задаче подбора дважды".formatted(id));
			}
			if (mentees.size() > menteeIds.length) {
				menteeIds = Arrays.copyOf(menteeIds, menteeIds.length * 2);
			}
			menteeIds[mentees.size() - 1] = id;
			return this;
		}

		/** Adds a mentor who takes up to {@code capacity} mentees. */
		public Builder mentor(long id, int capacity) {
			if (capacity < 1) {
				throw new IllegalArgumentException(
						"Наставник %d может взять %d наставляемых: нужно не меньше одного".formatted(id, capacity));
			}
			if (mentors.putIfAbsent(id, mentors.size()) != null) {
				throw new IllegalArgumentException("Наставник %d указан в задаче подбора дважды".formatted(id));
			}
			if (mentors.size() > mentorIds.length) {
				mentorIds = Arrays.copyOf(mentorIds, mentorIds.length * 2);
				capacities = Arrays.copyOf(capacities, capacities.length * 2);
			}
			mentorIds[mentors.size() - 1] = id;
			capacities[mentors.size() - 1] = capacity;
			return this;
		}

		/** Adds an admissible pair; its mentee and mentor may be added before or after it. */
		public Builder candidate(long menteeId, long mentorId, int score) {
			if (score < 1) {
				throw new IllegalArgumentException("У пары «наставляемый %d — наставник %d» оценка %d: нужна не меньше 1"
					.formatted(menteeId, mentorId, score));
			}
			if (pairs == pairScores.length) {
				int grown = pairs + (pairs >> 1);
				pairMentees = Arrays.copyOf(pairMentees, grown);
				pairMentors = Arrays.copyOf(pairMentors, grown);
				pairScores = Arrays.copyOf(pairScores, grown);
			}
			pairMentees[pairs] = menteeId;
			pairMentors[pairs] = mentorId;
			pairScores[pairs] = score;
			pairs++;
			return this;
		}

		/**
		 * @return the checked problem, its pairs grouped by mentee
		 * @throws IllegalArgumentException if a pair names someone not added, or the same pair comes twice
		 */
		public MatchingProblem build() {
			int[] menteeOf = new int[pairs];
			int[] start = new int[mentees.size() + 1];
			for (int pair = 0; pair < pairs; pair++) {
				menteeOf[pair] = position(mentees, pairMentees[pair], pair, "наставляемого");
				start[menteeOf[pair] + 1]++;
			}
			for (int mentee = 0; mentee < mentees.size(); mentee++) {
				start[mentee + 1] += start[mentee];
			}
			int[] candidateMentees = new int[pairs];
			int[] candidateMentors = new int[pairs];
			int[] scores = new int[pairs];
			for (int pair = 0; pair < pairs; pair++) {
				int candidate = start[menteeOf[pair]]++;
				candidateMentees[candidate] = menteeOf[pair];
				candidateMentors[candidate] = position(mentors, pairMentors[pair], pair, "наставника");
				scores[candidate] = pairScores[pair];
			}
			rejectRepeatedPairs(candidateMentees, candidateMentors);
			return new MatchingProblem(Arrays.copyOf(menteeIds, mentees.size()), Arrays.copyOf(mentorIds,
					mentors.size()), Arrays.copyOf(capacities, mentors.size()), candidateMentees, candidateMentors,
					scores);
		}

		private int position(Map<Long, Integer> people, long id, int pair, String whom) {
			Integer position = people.get(id);
			if (position == null) {
				throw new IllegalArgumentException("Пара «наставляемый %d — наставник %d»: %s %d нет в задаче подбора"
					.formatted(pairMentees[pair], pairMentors[pair], whom, id));
			}
			return position;
		}

		private void rejectRepeatedPairs(int[] candidateMentees, int[] candidateMentors) {
			int[] lastMentee = new int[mentors.size()];
			Arrays.fill(lastMentee, -1);
			for (int candidate = 0; candidate < candidateMentees.length; candidate++) {
				int mentor = candidateMentors[candidate];
				if (lastMentee[mentor] == candidateMentees[candidate]) {
					throw new IllegalArgumentException("Пара «наставляемый %d — наставник %d» указана дважды"
						.formatted(menteeIds[candidateMentees[candidate]], mentorIds[mentor]));
				}
				lastMentee[mentor] = candidateMentees[candidate];
			}
		}
	}
}
