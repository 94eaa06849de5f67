package ru.nastavnik.pairwork;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairing.PairEnding;

/**
 * «Прекратить пару после пробной встречи»: the pair ends early as any other (its mentee back in the pool, a re-pairing
 * run and an amending order); why, in the sides' words, is in the trial meeting's record.
 */
@Component
class EndPairAfterTrialDelegate implements JavaDelegate {

	static final String REASON = "наставник и наставляемый решили не продолжать после пробной встречи";

	private final PairSchedule schedule;

	private final PairEnding ending;

	EndPairAfterTrialDelegate(PairSchedule schedule, PairEnding ending) {
		this.schedule = schedule;
		this.ending = ending;
	}

	@Override
	public void execute(DelegateExecution execution) {
		MentoringPair pair = schedule.pairOf(execution);
		ending.endFromItsProcess(pair.getId(), execution.getProcessInstanceId(), REASON);
	}
}
