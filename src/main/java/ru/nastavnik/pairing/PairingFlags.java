package ru.nastavnik.pairing;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import ru.nastavnik.programme.ProgrammeProcess;

/** The proposed pairs waiting for the psychologist: the gateway asks whether there are any, the tasks go one per pair. */
@Component("pairingFlags")
public class PairingFlags {

	private final MentoringPairs pairs;

	PairingFlags(MentoringPairs pairs) {
		this.pairs = pairs;
	}

	public boolean any(DelegateExecution execution) {
		return !of(execution).isEmpty();
	}

	/** @return the ids of the programme's proposed pairs flagged for the psychologist */
	public List<Long> of(DelegateExecution execution) {
		Long programmeId = ProgrammeProcess.Var.PROGRAMME_ID.requiredFrom(execution);
		return pairs.findByProgrammeIdAndStatusAndFlaggedTrueOrderById(programmeId, PairStatus.PROPOSED).stream()
			.map(MentoringPair::getId).toList();
	}
}
