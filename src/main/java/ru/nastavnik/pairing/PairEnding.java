package ru.nastavnik.pairing;

import java.time.Clock;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.participant.ParticipantWithdrawn;
import ru.nastavnik.problem.NotFound;
import ru.nastavnik.problem.StateConflict;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.Programmes;

/**
 * A pair ends early: a consent revoked, a participant leaving, a conflict. A pair in effect ends at once, its process
 * stops, and its mentee goes back to the pool for a re-pairing with an amending order. A pair still proposed simply
 * leaves the proposal.
 */
@Service
public class PairEnding {

	private final MentoringPairs pairs;

	private final UnmatchedMentees unmatched;

	private final MatchingRuns runs;

	private final Programmes programmes;

	private final CompatibilityNotes notes;

	private final Repairing repairing;

	private final RuntimeService runtimeService;

	private final Clock clock;

	PairEnding(MentoringPairs pairs, UnmatchedMentees unmatched, MatchingRuns runs, Programmes programmes,
			CompatibilityNotes notes, Repairing repairing, RuntimeService runtimeService, Clock clock) {
		this.pairs = pairs;
		this.unmatched = unmatched;
		this.runs = runs;
		this.programmes = programmes;
		this.notes = notes;
		this.repairing = repairing;
		this.runtimeService = runtimeService;
		this.clock = clock;
	}

	/**
	 * A participant's consent was revoked: their pairs end, in the same transaction, and what the pairing wrote from
	 * their questionnaires (the explanations, the psychologist's comments) is erased with their data.
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void on(ParticipantWithdrawn withdrawn) {
		Long participantId = withdrawn.participantId();
		for (MentoringPair pair : pairs.current(participantId)) {
			end(pair, "участник отозвал согласие на обработку персональных данных", "система");
		}
		pairs.findByMentorIdOrMenteeId(participantId, participantId).forEach(MentoringPair::eraseExplanation);
		notes.findByMentorIdOrMenteeId(participantId, participantId).forEach(CompatibilityNote::eraseComment);
		unmatched.deleteByMentee(participantId);
	}

	/** The working group or the curator ends a pair in effect (a participant leaving, a conflict). */
	@Transactional(propagation = Propagation.MANDATORY)
	public MentoringPair end(Programme programme, Long pairId, String reason, String by) {
		MentoringPair pair = pairs.findById(pairId).filter(found -> found.getProgrammeId().equals(programme.getId()))
			.orElseThrow(() -> new NotFound("Пара № " + pairId + " не найдена в программе"));
		if (pair.getStatus() != PairStatus.ACTIVE) {
			throw new StateConflict("Пара № " + pairId + " " + pair.getStatus().title()
					+ ": досрочно прекращается только действующая пара (предложенную исключает рабочая группа)");
		}
		end(pair, reason, by);
		return pair;
	}

	/**
	 * The pair's own process ends it (the trial meeting found that the pair does not go on): as any early end, but the
	 * process is already on its way to its end and is not sent the message.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void endFromItsProcess(Long pairId, String processInstanceId, String reason) {
		MentoringPair pair = pairs.findById(pairId)
			.filter(found -> processInstanceId.equals(found.getProcessInstanceId()))
			.orElseThrow(() -> new IllegalStateException("Пара № " + pairId + " не ведётся этим процессом"));
		if (pair.getStatus() != PairStatus.ACTIVE) {
			return;
		}
		pair.end(reason, clock.instant());
		repairing.start(programmes.findById(pair.getProgrammeId()).orElseThrow());
	}

	private void end(MentoringPair pair, String reason, String by) {
		Programme programme = programmes.findById(pair.getProgrammeId()).orElseThrow();
		if (pair.getStatus() == PairStatus.PROPOSED) {
			pair.remove(reason, by, clock.instant());
			runs.findFirstByProgrammeIdOrderByIdDesc(programme.getId()).ifPresent(run -> unmatched.save(
					new UnmatchedMentee(programme.getId(), pair.getMenteeId(), "пара № " + pair.getId()
							+ " исключена: " + reason, run.getId())));
			return;
		}
		pair.end(reason, clock.instant());
		if (pair.getProcessInstanceId() != null && runtimeService.createProcessInstanceQuery()
			.processInstanceId(pair.getProcessInstanceId()).active().count() > 0) {
			runtimeService.createMessageCorrelation(PairingProcess.PAIR_ENDED)
				.processInstanceId(pair.getProcessInstanceId()).correlate();
		}
		repairing.start(programme);
	}

}
