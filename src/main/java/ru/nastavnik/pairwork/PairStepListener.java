package ru.nastavnik.pairwork;

import java.util.stream.Stream;

import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairwork.PairWorkProcess.Field;
import ru.nastavnik.tasklist.FormInput;
import ru.nastavnik.tasklist.StepListener;
import ru.nastavnik.tasklist.Steps;

/**
 * A step of the pair's process that is a meeting (organisational, trial, planning, final): the meeting's date,
 * length, format and attendance go into the pair's meeting log with what the step adds (the engine then drops the
 * form's fields: it keeps only the pair's id and its decisions).
 */
abstract class PairStepListener extends StepListener<MentoringPair> {

	final MeetingLog meetingLog;

	PairStepListener(Steps steps, PairOfTask pairOfTask, MeetingLog meetingLog) {
		super(steps, pairOfTask);
		this.meetingLog = meetingLog;
	}

	/** Reads the meeting's common fields; problems are collected in the input with the step's own. */
	static Meeting meeting(FormInput input) {
		return new Meeting(input.pastDate(Field.HELD_ON, "Дата встречи"),
				input.count(Field.DURATION_MINUTES, "Продолжительность, минут", MeetingLog.MIN_MINUTES,
						MeetingLog.MAX_MINUTES),
				input.choice(Field.MEETING_FORMAT, "Формат встречи", names(MeetingFormat.values())),
				input.choice(Field.ATTENDANCE, "Кто пришёл", names(MeetingAttendance.values())));
	}

	/** Writes the meeting to the log as the step's kind. */
	PairMeeting record(MentoringPair pair, MeetingKind kind, Meeting meeting, String topic, String done,
			String nextSteps, FormInput input) {
		return meetingLog.recordStep(pair, kind, new MeetingLog.NewMeeting(meeting.heldOn(), meeting.minutes(),
				MeetingFormat.valueOf(meeting.format()), MeetingAttendance.valueOf(meeting.attendance()), topic, done,
				nextSteps), input.performer());
	}

	private static java.util.Set<String> names(Enum<?>[] values) {
		return Stream.of(values).map(Enum::name).collect(java.util.stream.Collectors.toSet());
	}

	/** The meeting's common fields as read. */
	record Meeting(java.time.LocalDate heldOn, int minutes, String format, String attendance) {
	}
}
