package ru.nastavnik.pairwork;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A task of a goal of the individual plan: what to do, what is expected of it, and by when. */
@Entity
public class PlanTask {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int position;

	private String title;

	private String expectedResult;

	private LocalDate dueOn;

	private LocalDate doneOn;

	protected PlanTask() {
	}

	PlanTask(int position, String title, String expectedResult, LocalDate dueOn) {
		this.position = position;
		this.title = title;
		this.expectedResult = expectedResult;
		this.dueOn = dueOn;
	}

	/** The same task in a new version of the plan: done stays done. */
	PlanTask copy() {
		PlanTask copy = new PlanTask(position, title, expectedResult, dueOn);
		copy.doneOn = doneOn;
		return copy;
	}

	/** Done at a meeting; the first meeting that did it counts. */
	void doneOn(LocalDate day) {
		if (doneOn == null || day.isBefore(doneOn)) {
			doneOn = day;
		}
	}

	/** The task's words go with a withdrawn participant's data; its place, date and progress stay. */
	void eraseTexts() {
		this.title = "задача " + position;
		this.expectedResult = "—";
	}

	public Long getId() {
		return id;
	}

	public String getTitle() {
		return title;
	}

	public String getExpectedResult() {
		return expectedResult;
	}

	public LocalDate getDueOn() {
		return dueOn;
	}

	/** The day a meeting marked it done, if one has. */
	public LocalDate getDoneOn() {
		return doneOn;
	}
}
