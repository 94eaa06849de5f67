package ru.nastavnik.participant;

import org.springframework.stereotype.Component;
import ru.nastavnik.programme.OwnProgramme;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.StepFromFacts;
import ru.nastavnik.programme.StepLog;
import ru.nastavnik.tasklist.Steps;

/**
 * The evaluation steps of the roadmap (9, 12, 31) close from the evaluations: everyone in the bases evaluated, or a
 * reason for those who are not. The record says how many were evaluated and, for the second stage, how many left.
 */
@Component
class RecordEvaluationStepListener extends StepFromFacts {

	private final EvaluationStepFacts facts;

	RecordEvaluationStepListener(Steps steps, OwnProgramme ownProgramme, EvaluationStepFacts facts,
			StepLog stepLog) {
		super(steps, ownProgramme, stepLog);
		this.facts = facts;
	}

	@Override
	protected Facts facts(Programme programme, String step) {
		EvaluationStepFacts.Facts found = facts.of(programme, step);
		return new Facts(found.inBase(), found.evaluated(), found.evaluated(), found.summary(),
				"Шаг закрывают, когда оценён хотя бы один участник.", "Почему оценены не все участники");
	}
}
