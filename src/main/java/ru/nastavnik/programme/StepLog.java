package ru.nastavnik.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of a roadmap step that other capabilities carry out: one {@link StepRecord} per step, as the
 * record-type steps leave. A step that may have no task at all (a questionnaire nobody is asked to fill in) is counted
 * done by its record.
 */
@Service
public class StepLog {

	private final StepRecords records;

	private final OverdueEscalations escalations;

	private final Clock clock;

	StepLog(StepRecords records, OverdueEscalations escalations, Clock clock) {
		this.records = records;
		this.escalations = escalations;
		this.clock = clock;
	}

	/** How the programme kept its roadmap: the steps recorded held and not held, and the steps that went overdue. */
	@Transactional(readOnly = true)
	public Keeping keeping(Long programmeId) {
		List<StepRecord> recorded = records.findByProgrammeIdOrderById(programmeId);
		Set<String> held = recorded.stream().filter(record -> record.isHeld()).map(StepRecord::getStep)
			.collect(java.util.stream.Collectors.toSet());
		Set<String> notHeld = recorded.stream().filter(record -> !record.isHeld())
			.map(StepRecord::getStep).filter(step -> !held.contains(step))
			.collect(java.util.stream.Collectors.toSet());
		long overdue = escalations.findByProgrammeIdOrderById(programmeId).stream().map(OverdueEscalation::getStep)
			.distinct().count();
		return new Keeping(held.size(), notHeld.size(), (int) overdue);
	}

	/** The programme's roadmap as it was kept: steps held, recorded not held, and overdue at least once. */
	public record Keeping(int held, int notHeld, int overdue) {
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void held(Long programmeId, String step, int participants, String summary, String by) {
		records.save(new StepRecord(programmeId, step, new StepOutcome(true, LocalDate.now(clock), participants,
				summary, null, null), by, clock.instant()));
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void notHeld(Long programmeId, String step, String reason, String by) {
		records.save(new StepRecord(programmeId, step, new StepOutcome(false, null, null, null, null, reason), by,
				clock.instant()));
	}
}
