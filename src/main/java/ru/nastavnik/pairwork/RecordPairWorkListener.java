package ru.nastavnik.pairwork;

import org.springframework.stereotype.Component;
import ru.nastavnik.programme.OwnProgramme;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.StepFromFacts;
import ru.nastavnik.programme.StepLog;
import ru.nastavnik.tasklist.Steps;

/**
 * «Записать итоги встреч наставнических пар» (steps 20–23, 25): the programme's step closes from the pairs' facts —
 * held when every pair in effect has done it, or with a reason for those that have not; never while no pair has.
 */
@Component
class RecordPairWorkListener extends StepFromFacts {

	private final PairStepFacts facts;

	RecordPairWorkListener(Steps steps, OwnProgramme ownProgramme, PairStepFacts facts, StepLog stepLog) {
		super(steps, ownProgramme, stepLog);
		this.facts = facts;
	}

	@Override
	protected Facts facts(Programme programme, String step) {
		PairStepFacts.Facts found = facts.of(programme, step);
		return new Facts(found.pairs(), found.done(), found.participants(), found.summary(),
				"Шаг закрывают, когда его провела хотя бы одна пара: запишите встречи в журналы пар.",
				"Почему не все пары провели шаг");
	}
}
