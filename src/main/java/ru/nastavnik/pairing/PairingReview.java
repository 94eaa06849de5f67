package ru.nastavnik.pairing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.ParticipantProfiles.MenteeProfile;
import ru.nastavnik.participant.ParticipantProfiles.MentorProfile;
import ru.nastavnik.participant.Participants;
import ru.nastavnik.problem.NotFound;
import ru.nastavnik.problem.RuleViolation;
import ru.nastavnik.problem.StateConflict;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.Programmes;

/**
 * The working group's review of the proposal: it removes, adds and swaps pairs, and sends pairs to the psychologist,
 * whose note is recorded here. Every change is judged again by the hard constraints; a violation is refused with the
 * reason in Russian, and nothing is changed.
 */
@Service
class PairingReview {

	private final MatchingPools pools;

	private final MentoringPairs pairs;

	private final UnmatchedMentees unmatched;

	private final MatchingRuns runs;

	private final CompatibilityNotes notes;

	private final PairingOrders orders;

	private final Participants participants;

	private final Programmes programmes;

	private final Clock clock;

	PairingReview(MatchingPools pools, MentoringPairs pairs, UnmatchedMentees unmatched, MatchingRuns runs,
			CompatibilityNotes notes, PairingOrders orders, Participants participants, Programmes programmes,
			Clock clock) {
		this.programmes = programmes;
		this.pools = pools;
		this.pairs = pairs;
		this.unmatched = unmatched;
		this.runs = runs;
		this.notes = notes;
		this.orders = orders;
		this.participants = participants;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void remove(Programme programme, Long pairId, String by) {
		PairProposal.requireOpen(programme.getId(), orders, programmes);
		MentoringPair pair = proposed(programme, pairId);
		pair.remove("исключена рабочей группой", by, clock.instant());
		unmatched.save(new UnmatchedMentee(programme.getId(), pair.getMenteeId(),
				"пара № " + pair.getId() + " исключена рабочей группой", lastRunId(programme)));
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public MentoringPair add(Programme programme, Long menteeId, Long mentorId, String by) {
		PairProposal.requireOpen(programme.getId(), orders, programmes);
		MatchingPool pool = pools.of(programme);
		MenteeProfile mentee = mentee(pool, menteeId);
		MentorProfile mentor = mentor(pool, mentorId);
		List<MentoringPair> current = pairs.current(menteeId).stream()
			.filter(pair -> pair.getMenteeId().equals(menteeId)).toList();
		if (!current.isEmpty()) {
			throw new StateConflict("У наставляемого № " + menteeId + " уже есть пара № "
					+ current.get(0).getId() + ": сначала исключите её или поменяйте наставников местами");
		}
		long load = pairs.current(mentorId).stream().filter(pair -> pair.getMentorId().equals(mentorId)).count();
		if (load >= pool.capacity(mentor)) {
			throw new RuleViolation("Нагрузка наставника № " + mentorId
					+ " исчерпана: " + load + " из " + pool.capacity(mentor) + (pool.groupsAllowed() ? ""
							: " (программа не выбрала групповое наставничество: у наставника одна пара)"));
		}
		MentoringPair pair = judged(pool, mentee, mentor, "Пару нельзя составить", PairSource.WORKING_GROUP, by);
		unmatched.deleteByMentee(menteeId);
		return pair;
	}

	/** Gives each of two proposed pairs the other's mentor. */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<MentoringPair> swap(Programme programme, Long firstPairId, Long secondPairId, String by) {
		PairProposal.requireOpen(programme.getId(), orders, programmes);
		if (firstPairId.equals(secondPairId)) {
			throw new RuleViolation("Для обмена укажите две разные пары");
		}
		MentoringPair first = proposed(programme, firstPairId);
		MentoringPair second = proposed(programme, secondPairId);
		MatchingPool pool = pools.of(programme);
		first.remove("наставник заменён обменом с парой № " + second.getId(), by, clock.instant());
		second.remove("наставник заменён обменом с парой № " + first.getId(), by, clock.instant());
		String refused = "Обмен невозможен";
		return List.of(
				judged(pool, mentee(pool, first.getMenteeId()), mentor(pool, second.getMentorId()), refused,
						PairSource.WORKING_GROUP, by),
				judged(pool, mentee(pool, second.getMenteeId()), mentor(pool, first.getMentorId()), refused,
						PairSource.WORKING_GROUP, by));
	}

	/** Asks the psychologist about a pair before the order. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void flag(Programme programme, Long pairId) {
		PairProposal.requireOpen(programme.getId(), orders, programmes);
		proposed(programme, pairId).flag(true);
	}

	/**
	 * Records the psychologist's word on a flagged pair: a compatible pair scores more and waits no longer; an
	 * incompatible one leaves the proposal, and the matching never proposes it again.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void noteCompatibility(Programme programme, Long pairId, boolean compatible, String comment, String by) {
		programmes.lockById(programme.getId());
		MentoringPair pair = proposed(programme, pairId);
		notes.save(new CompatibilityNote(programme.getId(), pair.getMentorId(), pair.getMenteeId(), compatible,
				comment, by, clock.instant()));
		pair.flag(false);
		if (compatible) {
			MatchingPool pool = pools.of(programme);
			MatchingPool.Verdict verdict = pool.judge(mentee(pool, pair.getMenteeId()),
					mentor(pool, pair.getMentorId()));
			if (verdict.admissible()) {
				pair.rescore(verdict.score());
			}
		}
		else {
			pair.remove("педагог-психолог счёл пару несовместимой", by, clock.instant());
			unmatched.save(new UnmatchedMentee(programme.getId(), pair.getMenteeId(), "пара № " + pair.getId()
					+ " исключена: педагог-психолог счёл её несовместимой"
					+ (comment != null ? " (" + comment + ")" : ""), lastRunId(programme)));
		}
	}

	/** Whether the pair is still in the programme's proposal. */
	@Transactional(readOnly = true)
	public boolean isProposed(Programme programme, Long pairId) {
		return pairs.findById(pairId).filter(pair -> pair.getProgrammeId().equals(programme.getId()))
			.filter(pair -> pair.getStatus() == PairStatus.PROPOSED).isPresent();
	}

	/** The programme's proposed and active pairs with their explanations, and the mentees without a mentor. */
	@Transactional(readOnly = true)
	public Proposal proposal(Programme programme) {
		List<MentoringPair> current = pairs.findByProgrammeIdAndStatusInOrderById(programme.getId(),
				EnumSet.of(PairStatus.PROPOSED, PairStatus.ACTIVE));
		List<UnmatchedMentee> alone = unmatched.findByProgrammeIdOrderById(programme.getId());
		List<Long> ids = new ArrayList<>(MentoringPair.participantIds(current));
		alone.forEach(mentee -> ids.add(mentee.getMenteeId()));
		Function<Long, Proposal.Person> person = people(ids);
		List<Proposal.PairView> views = current.stream().map(pair -> view(pair, person)).toList();
		Proposal.RunView run = runs.findFirstByProgrammeIdOrderByIdDesc(programme.getId())
			.map(last -> new Proposal.RunView(last.getMentees(), last.getMentors(), last.getPairs(),
					last.getTotalScore(), last.getMillis(), last.getRunBy(), last.getRunAt()))
			.orElse(null);
		return new Proposal(programme.getId(), views, alone.stream()
			.map(mentee -> new Proposal.UnmatchedView(person.apply(mentee.getMenteeId()), mentee.getReason()))
			.toList(), current.stream().mapToLong(MentoringPair::getScore).sum(), run);
	}

	/** One pair of the programme as the proposal shows it, for a form about that pair alone. */
	@Transactional(readOnly = true)
	public java.util.Optional<Proposal.PairView> pair(Programme programme, Long pairId) {
		return pairs.findById(pairId).filter(pair -> pair.getProgrammeId().equals(programme.getId()))
			.map(pair -> view(pair, people(List.of(pair.getMentorId(), pair.getMenteeId()))));
	}

	/** The participants' names in one query; a name no longer there reads as the participant's number. */
	private Function<Long, Proposal.Person> people(java.util.Collection<Long> ids) {
		Map<Long, Participant> people = participants.findAllById(ids).stream()
			.collect(Collectors.toMap(Participant::getId, Function.identity()));
		return id -> new Proposal.Person(id,
				people.containsKey(id) ? people.get(id).displayName() : "участник программы № " + id);
	}

	private static Proposal.PairView view(MentoringPair pair, Function<Long, Proposal.Person> person) {
		return new Proposal.PairView(pair.getId(), pair.getStatus(), pair.getStatus().title(),
				person.apply(pair.getMentorId()), person.apply(pair.getMenteeId()), pair.getForm().name(),
				pair.getForm().title(), pair.getScore(), pair.getRequestsScore(), pair.getFormScore(),
				pair.getPreferenceScore(), pair.getCompatibilityScore(), pair.getExplanation(), pair.isFlagged(),
				pair.getSource(), pair.getOrderId());
	}

	private MentoringPair judged(MatchingPool pool, MenteeProfile mentee, MentorProfile mentor, String refused,
			PairSource source, String by) {
		MatchingPool.Verdict verdict = pool.judge(mentee, mentor);
		if (!verdict.admissible()) {
			throw new RuleViolation(refused + " (наставник № " + mentor.id()
					+ ", наставляемый № " + mentee.id() + "): " + verdict.violation());
		}
		MentoringPair pair = new MentoringPair(pool.programme().getId(), mentor.id(), mentee.id(), verdict.form(),
				verdict.score(), source, by, clock.instant());
		pair.flag(pool.needsPsychologist(mentee, mentor));
		return pairs.save(pair);
	}

	private MentoringPair proposed(Programme programme, Long pairId) {
		MentoringPair pair = pairs.findById(pairId).filter(found -> found.getProgrammeId().equals(programme.getId()))
			.orElseThrow(() -> new NotFound("Пара № " + pairId + " не найдена в программе"));
		if (pair.getStatus() != PairStatus.PROPOSED) {
			throw new StateConflict("Пара № " + pairId + " " + pair.getStatus().title()
					+ ": рабочая группа меняет только предложенные пары, действующие меняет распоряжение");
		}
		return pair;
	}

	private static MenteeProfile mentee(MatchingPool pool, Long id) {
		MenteeProfile mentee = pool.mentee(id);
		if (mentee == null) {
			throw new RuleViolation("Наставляемый № " + id
					+ " не в базе наставляемых программы или у него нет действующего согласия на обработку данных");
		}
		return mentee;
	}

	private static MentorProfile mentor(MatchingPool pool, Long id) {
		MentorProfile mentor = pool.mentor(id);
		if (mentor == null) {
			throw new RuleViolation("Наставник № " + id
					+ " не в базе наставников программы или у него нет действующего согласия на обработку данных");
		}
		return mentor;
	}

	private Long lastRunId(Programme programme) {
		return runs.findFirstByProgrammeIdOrderByIdDesc(programme.getId()).map(MatchingRun::getId)
			.orElseThrow(() -> new StateConflict("Подбор пар ещё не проводился"));
	}
}
