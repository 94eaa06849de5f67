package ru.nastavnik.programme;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The fact that a step passed its due date and was escalated to the curator and the director. */
@Entity
class OverdueEscalation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long programmeId;

	private String step;

	private String taskId;

	private LocalDate dueOn;

	private Instant escalatedAt;

	protected OverdueEscalation() {
	}

	OverdueEscalation(Long programmeId, String step, String taskId, LocalDate dueOn, Instant escalatedAt) {
		this.programmeId = programmeId;
		this.step = step;
		this.taskId = taskId;
		this.dueOn = dueOn;
		this.escalatedAt = escalatedAt;
	}

	public String getStep() {
		return step;
	}

	public String getTaskId() {
		return taskId;
	}

	public LocalDate getDueOn() {
		return dueOn;
	}

	public Instant getEscalatedAt() {
		return escalatedAt;
	}
}
