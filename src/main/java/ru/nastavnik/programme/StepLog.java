package ru.nastavnik.programme;

import java.time.Clock;
import java.time.LocalDate;

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

	private final Clock clock;

	StepLog(StepRecords records, Clock clock) {
		this.records = records;
		this.clock = clock;
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
