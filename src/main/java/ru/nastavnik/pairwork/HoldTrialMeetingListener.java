package ru.nastavnik.pairwork;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairwork.PairWorkProcess.Field;
import ru.nastavnik.tasklist.FormInput;
import ru.nastavnik.tasklist.Steps;

/**
 * «Провести пробную рабочую встречу пары» (step 21): what was tried and whether both sides go on. «Не продолжаем»
 * needs its reason; the process then ends the pair early, and its mentee goes back to the pool.
 */
@Component
class HoldTrialMeetingListener extends PairStepListener {

	HoldTrialMeetingListener(Steps steps, PairOfTask pairOfTask, MeetingLog meetingLog) {
		super(steps, pairOfTask, meetingLog);
	}

	@Override
	protected void record(DelegateTask task, FormInput input, MentoringPair pair) {
		Meeting meeting = meeting(input);
		String tried = input.text(Field.TRIED, "Что попробовали на встрече", 10, 2000);
		boolean goesOn = input.yes(Field.PAIR_GOES_ON, "Наставник и наставляемый хотят продолжать?");
		String reason = input.optionalText(Field.STOP_REASON, "Почему пара не продолжает", 2000);
		input.require(goesOn || reason != null && reason.length() >= 10,
				"Если пара не продолжает, напишите почему (не короче 10 символов)");
		input.rejectIfInvalid();
		record(pair, MeetingKind.TRIAL, meeting, "Пробная рабочая встреча", tried,
				goesOn ? "Пара продолжает работу: следующая встреча — планирование"
						: "Пара не продолжает: " + reason, input);
		PairWorkProcess.Var.PAIR_GOES_ON.set(task.getExecution(), goesOn);
	}
}
