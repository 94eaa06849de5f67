package ru.nastavnik.pairwork;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.programme.OwnProgramme;

/**
 * «Проверить встречи по журналу»: at the day after a meeting was due with the schedule's tolerance, whether the log
 * has one; each check that finds none counts one more miss in a row, a meeting found resets the count.
 */
@Component
class CheckMeetingsHeldDelegate implements JavaDelegate {

	private final PairSchedule schedule;

	private final OwnProgramme ownProgramme;

	CheckMeetingsHeldDelegate(PairSchedule schedule, OwnProgramme ownProgramme) {
		this.schedule = schedule;
		this.ownProgramme = ownProgramme;
	}

	@Override
	public void execute(DelegateExecution execution) {
		MentoringPair pair = schedule.pairOf(execution);
		Integer missed = PairWorkProcess.Var.MEETINGS_MISSED.from(execution);
		boolean met = schedule.metOnSchedule(pair.getId(), ownProgramme.of(execution).getZone());
		PairWorkProcess.Var.MEETINGS_MISSED.set(execution, met ? 0 : (missed == null ? 0 : missed) + 1);
	}
}
