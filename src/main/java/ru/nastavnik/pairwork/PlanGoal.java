package ru.nastavnik.pairwork;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

/** A goal of the individual plan with its tasks, and — once the final meeting assessed it — what of it was reached. */
@Entity
public class PlanGoal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int position;

	private String title;

	@Enumerated(EnumType.STRING)
	private GoalOutcome outcome;

	private String outcomeComment;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "goal_id", nullable = false)
	@OrderBy("position")
	private List<PlanTask> tasks = new ArrayList<>();

	protected PlanGoal() {
	}

	PlanGoal(int position, String title, List<PlanTask> tasks) {
		this.position = position;
		this.title = title;
		this.tasks.addAll(tasks);
	}

	PlanGoal copy() {
		return new PlanGoal(position, title, tasks.stream().map(PlanTask::copy).toList());
	}

	void assess(GoalOutcome outcome, String comment) {
		this.outcome = outcome;
		this.outcomeComment = comment;
	}

	/** The goal's words go with a withdrawn participant's data; whether it was reached stays. */
	void eraseTexts() {
		this.title = "цель " + position;
		this.outcomeComment = null;
		tasks.forEach(PlanTask::eraseTexts);
	}

	public Long getId() {
		return id;
	}

	public String getTitle() {
		return title;
	}

	public List<PlanTask> getTasks() {
		return List.copyOf(tasks);
	}

	public GoalOutcome getOutcome() {
		return outcome;
	}

	public String getOutcomeComment() {
		return outcomeComment;
	}
}
