package ru.nastavnik.pairwork;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairwork.PairWorkProcess.Field;
import ru.nastavnik.tasklist.FormInput;
import ru.nastavnik.tasklist.Steps;

/** «Провести организационную встречу пары» (step 20): the meeting, its format and the pair's rules of contact. */
@Component
class HoldOrganisationalMeetingListener extends PairStepListener {

	HoldOrganisationalMeetingListener(Steps steps, PairOfTask pairOfTask, MeetingLog meetingLog) {
		super(steps, pairOfTask, meetingLog);
	}

	@Override
	protected void record(DelegateTask task, FormInput input, MentoringPair pair) {
		Meeting meeting = meeting(input);
		String rules = input.text(Field.CONTACT_RULES, "Правила взаимодействия", 10, 2000);
		input.rejectIfInvalid();
		record(pair, MeetingKind.ORGANISATIONAL, meeting, "Организационная встреча: знакомство и правила работы пары",
				"Правила взаимодействия: " + rules, null, input);
	}
}
