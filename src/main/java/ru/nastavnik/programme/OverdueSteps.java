package ru.nastavnik.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.notification.Outbox;
import ru.nastavnik.security.Role;
import ru.nastavnik.time.RussianDates;

/** Escalation of steps that passed their due date: recorded, and the curator and the director are told. */
@Service
class OverdueSteps {

	static final List<Role> NOTIFIED = List.of(Role.CURATOR, Role.DIRECTOR);

	private final Programmes programmes;

	private final RoadmapPlan plan;

	private final OverdueEscalations escalations;

	private final Outbox outbox;

	private final Clock clock;

	private final String tasklistUrl;

	OverdueSteps(Programmes programmes, RoadmapPlan plan, OverdueEscalations escalations, Outbox outbox,
			Clock clock, @Value("${nastavnik.tasklist-url}") String tasklistUrl) {
		this.tasklistUrl = tasklistUrl;
		this.programmes = programmes;
		this.plan = plan;
		this.escalations = escalations;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * Escalates the task: a roadmap step — worked here or in a process called for it — is described by its plan (title,
	 * responsible groups); a task outside the plan (the director's decision on a plan change) by its own name and
	 * candidate groups.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	OverdueEscalation escalate(Long programmeId, DelegateTask task) {
		Programme programme = programmes.findOwn(programmeId, task.getTenantId())
			.orElseThrow(() -> new IllegalStateException("Программа " + programmeId + " не найдена в организации задачи"));
		String step = RoadmapPlan.stepOf(task, task.getTaskDefinitionKey());
		Optional<PlanStep> planned = plan.find(programmeId, step);
		LocalDate dueOn = task.getDueDate().toInstant().atZone(programme.getZone()).toLocalDate();
		List<String> groups = planned.map(found -> List.of(found.getResponsibleGroup().split(",")))
			.orElseGet(() -> task.getCandidates().stream()
				.map(IdentityLink::getGroupId)
				.filter(Objects::nonNull)
				.toList());
		String responsible = groups.stream()
			.map(group -> Role.ofGroup(group).map(Role::title).orElse(group))
			.collect(Collectors.joining(", "));
		outbox.postToRoles(programme.getOrganisation().getTenantId(), NOTIFIED, "overdue-step", Map.of(
				"step", planned.map(PlanStep::getTitle).orElse(task.getName()),
				"organisation", programme.getOrganisation().getName(),
				"academicYear", programme.getAcademicYear(),
				"dueOn", RussianDates.format(dueOn),
				"responsible", responsible,
				"tasklistUrl", tasklistUrl));
		return escalations.save(new OverdueEscalation(programmeId, step, task.getId(), dueOn, clock.instant()));
	}

}
