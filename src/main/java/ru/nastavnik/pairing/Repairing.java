package ru.nastavnik.pairing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.RoadmapPlan;
import ru.nastavnik.engine.VariableValues;
import ru.nastavnik.programme.ProgrammeProcess;

/**
 * When pairs in effect end early, their mentees go back to the pool: a {@code re-pairing} run proposes new pairs,
 * the working group reviews them, and an amending order records both the ended and the new pairs. One run per
 * programme at a time; pairs that end while a run's order awaits the director get the next run.
 */
@Service
class Repairing {

	/** How long the working group and the director have for a re-pairing: two weeks. */
	static final int DAYS_TO_REPAIR = 14;

	private final MentoringPairs pairs;

	private final RuntimeService runtimeService;

	private final Clock clock;

	Repairing(MentoringPairs pairs, RuntimeService runtimeService, Clock clock) {
		this.pairs = pairs;
		this.runtimeService = runtimeService;
		this.clock = clock;
	}

	/** Starts a run unless one is already running for the programme (it will take these pairs up). */
	@Transactional(propagation = Propagation.MANDATORY)
	void start(Programme programme) {
		boolean running = runtimeService.createProcessInstanceQuery().processDefinitionKey(PairingProcess.RE_PAIRING)
			.processInstanceBusinessKey(PairingProcess.rePairingBusinessKey(programme.getId())).active().count() > 0;
		if (!running) {
			begin(programme);
		}
	}

	/** At the end of a run: starts the next one if pairs ended after its order was drafted. */
	@Transactional(propagation = Propagation.MANDATORY)
	void startAnotherIfNeeded(Programme programme) {
		if (!pairs.endedUnrecorded(programme.getId()).isEmpty()) {
			begin(programme);
		}
	}

	private void begin(Programme programme) {
		runtimeService.startProcessInstanceByKey(PairingProcess.RE_PAIRING,
				PairingProcess.rePairingBusinessKey(programme.getId()), VariableValues
					.of(ProgrammeProcess.Var.PROGRAMME_ID, programme.getId())
					.and(ProgrammeProcess.Var.ORGANISATION_ID, programme.getOrganisation().getId())
					.and(ProgrammeProcess.Var.STEP_DUE_ON, LocalDate.now(clock).plusDays(DAYS_TO_REPAIR))
					.asMap());
	}
}
