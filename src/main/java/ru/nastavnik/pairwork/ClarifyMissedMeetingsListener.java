package ru.nastavnik.pairwork;

import java.time.Clock;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairwork.PairWorkProcess.Field;
import ru.nastavnik.tasklist.FormInput;
import ru.nastavnik.tasklist.StepListener;
import ru.nastavnik.tasklist.Steps;

/** «Выяснить причину пропуска встреч»: why the pair did not meet, kept with the pair for the curator and monitoring. */
@Component
class ClarifyMissedMeetingsListener extends StepListener<MentoringPair> {

	private final MissedMeetingsInquiries inquiries;

	private final MeetingLog meetingLog;

	private final Clock clock;

	ClarifyMissedMeetingsListener(Steps steps, PairOfTask pairOfTask, MissedMeetingsInquiries inquiries,
			MeetingLog meetingLog, Clock clock) {
		super(steps, pairOfTask);
		this.inquiries = inquiries;
		this.meetingLog = meetingLog;
		this.clock = clock;
	}

	@Override
	protected void record(DelegateTask task, FormInput input, MentoringPair pair) {
		String reason = input.choice(Field.MISSED_REASON, "Причина пропуска", Arrays
			.stream(MissedMeetingsReason.values()).map(Enum::name).collect(Collectors.toSet()));
		String comment = input.text(Field.INQUIRY_COMMENT, "Что выяснили и что решили", 5, 2000);
		input.rejectIfInvalid();
		Integer missed = PairWorkProcess.Var.MEETINGS_MISSED.from(task);
		inquiries.save(new MissedMeetingsInquiry(pair.getId(), pair.getProgrammeId(), missed == null ? 1 : missed,
				meetingLog.lastHeldOn(pair.getId()).orElse(null), MissedMeetingsReason.valueOf(reason), comment,
				input.performer(), clock.instant()));
	}
}
