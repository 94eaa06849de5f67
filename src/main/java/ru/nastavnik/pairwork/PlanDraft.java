package ru.nastavnik.pairwork;

import java.time.LocalDate;
import java.util.List;

/**
 * An individual plan as a person fills it in: the direction (for teachers, the personalised programme's), the schedule
 * of regular meetings, and the goals with their tasks. Blank goals and tasks are left out.
 */
public record PlanDraft(String direction, MeetingCadence cadence, int toleranceDays, LocalDate startsOn,
		List<Goal> goals) {

	/** A goal and its tasks. */
	public record Goal(String title, List<Task> tasks) {
	}

	/** A task: what to do, what is expected, by when. */
	public record Task(String title, String expectedResult, LocalDate dueOn) {
	}
}
