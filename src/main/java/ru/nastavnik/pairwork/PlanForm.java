package ru.nastavnik.pairwork;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import ru.nastavnik.problem.InvalidInput;

/**
 * The individual plan's form on the pair's page as a person fills it in: every field as typed, so that a date or a
 * number typed wrong comes back with its reason in Russian rather than as a binding error. Fields are named as
 * {@code goals[0].title} and {@code goals[0].tasks[1].dueOn}; blank goals and task rows are offered to fill and left
 * out when the plan is written.
 */
public class PlanForm {

	/** Blank goals offered under the filled ones. */
	static final int BLANK_GOALS = 2;

	/** Task rows offered in every goal, at least. */
	static final int TASK_ROWS = 3;

	static final String DEFAULT_TOLERANCE_DAYS = "3";

	private String direction;

	private String cadence;

	private String toleranceDays;

	private String startsOn;

	private List<Goal> goals = new ArrayList<>();

	/** An empty plan: weekly, three days' tolerance, from the day given. */
	static PlanForm empty(LocalDate startsOn) {
		PlanForm form = new PlanForm();
		form.cadence = MeetingCadence.WEEKLY.name();
		form.toleranceDays = DEFAULT_TOLERANCE_DAYS;
		form.startsOn = startsOn.toString();
		return form.padded();
	}

	/** The plan's version as it is, to be changed. */
	static PlanForm of(IndividualPlan plan) {
		PlanForm form = new PlanForm();
		form.direction = plan.getDirection();
		form.cadence = plan.getCadence().name();
		form.toleranceDays = Integer.toString(plan.getToleranceDays());
		form.startsOn = plan.getStartsOn().toString();
		for (PlanGoal planned : plan.getGoals()) {
			Goal goal = new Goal();
			goal.title = planned.getTitle();
			for (PlanTask task : planned.getTasks()) {
				Task row = new Task();
				row.title = task.getTitle();
				row.expectedResult = task.getExpectedResult();
				row.dueOn = task.getDueOn().toString();
				goal.tasks.add(row);
			}
			form.goals.add(goal);
		}
		return form.padded();
	}

	/** The form with blank task rows up to {@link #TASK_ROWS} in every goal and {@link #BLANK_GOALS} blank goals. */
	PlanForm padded() {
		long blankAtTheEnd = 0;
		for (int g = goals.size() - 1; g >= 0 && goals.get(g).isBlank(); g--) {
			blankAtTheEnd++;
		}
		for (long added = blankAtTheEnd; added < BLANK_GOALS; added++) {
			goals.add(new Goal());
		}
		goals.forEach(goal -> {
			while (goal.tasks.size() < TASK_ROWS) {
				goal.tasks.add(new Task());
			}
		});
		return this;
	}

	/** The plan as drafted; a date, a number or a choice typed wrong is refused in Russian. */
	PlanDraft draft() {
		List<PlanDraft.Goal> drafted = new ArrayList<>();
		int goalNumber = 0;
		for (Goal goal : goals) {
			List<Task> rows = goal.tasks == null ? List.of() : goal.tasks;
			boolean counted = !blank(goal.title) || rows.stream().anyMatch(task -> !blank(task.title));
			if (counted) {
				goalNumber++;
			}
			List<PlanDraft.Task> tasks = new ArrayList<>();
			int taskNumber = 0;
			for (Task task : rows) {
				if (!task.isBlank()) {
					taskNumber++;
				}
				tasks.add(new PlanDraft.Task(task.title, task.expectedResult,
						date(task.dueOn, "Цель " + goalNumber + ", задача " + taskNumber + ": срок")));
			}
			drafted.add(new PlanDraft.Goal(goal.title, tasks));
		}
		return new PlanDraft(blank(direction) ? null : direction.strip(), cadence(cadence), days(toleranceDays),
				date(startsOn, "Начало графика встреч"), drafted);
	}

	private static MeetingCadence cadence(String value) {
		if (blank(value)) {
			return null;
		}
		try {
			return MeetingCadence.valueOf(value.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput("Выберите, как часто пара встречается, из предложенных вариантов");
		}
	}

	private static int days(String value) {
		if (blank(value)) {
			throw new InvalidInput("Укажите допустимую задержку встречи в днях: от 0 до "
					+ IndividualPlanning.MAX_TOLERANCE_DAYS);
		}
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidInput("Допустимая задержка встречи — целое число дней");
		}
	}

	/** A date typed into a form, or {@code null} when left empty. */
	static LocalDate date(String value, String label) {
		if (blank(value)) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInput("«" + label + "» — дата в формате ГГГГ-ММ-ДД");
		}
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	public String getDirection() {
		return direction;
	}

	public void setDirection(String direction) {
		this.direction = direction;
	}

	public String getCadence() {
		return cadence;
	}

	public void setCadence(String cadence) {
		this.cadence = cadence;
	}

	public String getToleranceDays() {
		return toleranceDays;
	}

	public void setToleranceDays(String toleranceDays) {
		this.toleranceDays = toleranceDays;
	}

	public String getStartsOn() {
		return startsOn;
	}

	public void setStartsOn(String startsOn) {
		this.startsOn = startsOn;
	}

	public List<Goal> getGoals() {
		return goals;
	}

	public void setGoals(List<Goal> goals) {
		this.goals = goals == null ? new ArrayList<>() : goals;
	}

	/** A goal and its task rows. */
	public static class Goal {

		private String title;

		private List<Task> tasks = new ArrayList<>();

		boolean isBlank() {
			return blank(title) && tasks.stream().allMatch(Task::isBlank);
		}

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public List<Task> getTasks() {
			return tasks;
		}

		public void setTasks(List<Task> tasks) {
			this.tasks = tasks == null ? new ArrayList<>() : tasks;
		}
	}

	/** A task row: what to do, what is expected, by when. */
	public static class Task {

		private String title;

		private String expectedResult;

		private String dueOn;

		boolean isBlank() {
			return blank(title) && blank(expectedResult) && blank(dueOn);
		}

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getExpectedResult() {
			return expectedResult;
		}

		public void setExpectedResult(String expectedResult) {
			this.expectedResult = expectedResult;
		}

		public String getDueOn() {
			return dueOn;
		}

		public void setDueOn(String dueOn) {
			this.dueOn = dueOn;
		}
	}
}
