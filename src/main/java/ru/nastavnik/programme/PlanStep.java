package ru.nastavnik.programme;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import ru.nastavnik.security.Role;

/** One step of a programme's roadmap plan: what, by whom, by when. Task due dates come from here. */
@Entity
public class PlanStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long programmeId;

	private int stage;

	private String step;

	private String title;

	private String responsibleGroup;

	private LocalDate dueOn;

	protected PlanStep() {
	}

	PlanStep(Long programmeId, RoadmapStep template, LocalDate yearStart) {
		this.programmeId = programmeId;
		this.stage = template.stage();
		this.step = template.step();
		this.title = template.title();
		this.responsibleGroup = template.responsible().stream().map(Role::groupId).collect(Collectors.joining(","));
		this.dueOn = template.dueOn(yearStart);
	}

	void reschedule(LocalDate dueOn) {
		this.dueOn = dueOn;
	}

	public int getStage() {
		return stage;
	}

	public String getStep() {
		return step;
	}

	public String getTitle() {
		return title;
	}

	/** Who is responsible, in Russian: «Куратор программы наставничества, Рабочая группа». */
	public String responsibleTitles() {
		return Arrays.stream(responsibleGroup.split(","))
			.map(group -> Role.ofGroup(group).map(Role::title).orElse(group))
			.collect(Collectors.joining(", "));
	}

	public String getResponsibleGroup() {
		return responsibleGroup;
	}

	public LocalDate getDueOn() {
		return dueOn;
	}
}
