package ru.nastavnik.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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

	private final ProgrammeProgress progress;

	private final Clock clock;

	StepLog(StepRecords records, OverdueEscalations escalations, ProgrammeProgress progress, Clock clock) {
		this.records = records;
		this.escalations = escalations;
		this.progress = progress;
		this.clock = clock;
	}

	/**
	 * How the programme keeps its roadmap: the share of its plan's steps done (as its progress counts them), the steps
	 * recorded as not held, the steps that went overdue at least once and those overdue now.
	 */
	@Transactional(readOnly = true)
	public Keeping keeping(Long programmeId) {
		List<StepRecord> recorded = records.findByProgrammeIdOrderById(programmeId);
		Set<String> held = recorded.stream().filter(StepRecord::isHeld).map(StepRecord::getStep)
			.collect(Collectors.toSet());
		long notHeld = recorded.stream().filter(record -> !record.isHeld()).map(StepRecord::getStep)
			.filter(step -> !held.contains(step)).distinct().count();
		long everOverdue = escalations.findByProgrammeIdOrderById(programmeId).stream()
			.map(OverdueEscalation::getStep).distinct().count();
		ProgrammeProgress.Progress now = progress.of(programmeId);
		return new Keeping(now == null ? 0 : now.percentDone(), (int) notHeld, (int) everOverdue,
				now == null ? 0 : now.overdueSteps());
	}

	/**
	 * The programme's roadmap as it is kept.
	 *
	 * @param percentDone the share of the plan's steps done, in whole percent
	 * @param notHeld the steps recorded as not held, with their reasons
	 * @param everOverdue the steps that went past their due date at least once
	 * @param overdueNow the steps past their due date now
	 */
	public record Keeping(int percentDone, int notHeld, int everOverdue, int overdueNow) {
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
