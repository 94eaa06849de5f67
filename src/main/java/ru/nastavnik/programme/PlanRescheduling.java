package ru.nastavnik.programme;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.approval.Approval;
import ru.nastavnik.engine.VariableValues;
import ru.nastavnik.problem.InvalidInput;
import ru.nastavnik.problem.NotFound;
import ru.nastavnik.problem.NotPermitted;
import ru.nastavnik.problem.StateConflict;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.security.Role;
import ru.nastavnik.web.ConflictRetry;

/**
 * Changing a step's due date. Until the director approves the roadmap, the working group (and the curator) change
 * dates directly; once it is approved the plan is fixed, and every change goes to the director as a task of its own.
 */
@Service
class PlanRescheduling {

	private final ProgrammeManagement management;

	private final RoadmapPlan plan;

	private final PlanChanges changes;

	private final ProgrammeDocuments documents;

	private final RuntimeService runtimeService;

	private final Clock clock;

	private final ConflictRetry conflicts;

	PlanRescheduling(ProgrammeManagement management, RoadmapPlan plan, PlanChanges changes,
			ProgrammeDocuments documents, RuntimeService runtimeService, Clock clock, ConflictRetry conflicts) {
		this.conflicts = conflicts;
		this.management = management;
		this.plan = plan;
		this.changes = changes;
		this.documents = documents;
		this.runtimeService = runtimeService;
		this.clock = clock;
	}

	/** A direct change moves the step's timers, which the job executor may be firing: then it runs again. */
	PlanChange request(Long programmeId, String step, LocalDate dueOn, String reason, CurrentUser user) {
		return conflicts.inTransaction(() -> requestOnce(programmeId, step, dueOn, reason, user));
	}

	private PlanChange requestOnce(Long programmeId, String step, LocalDate dueOn, String reason, CurrentUser user) {
		Programme programme = management.get(programmeId, user);
		if (!user.has(Role.CURATOR) && !user.has(Role.WORKING_GROUP) && !user.has(Role.DIRECTOR)) {
			throw new NotPermitted("Менять сроки плана могут рабочая группа, куратор и руководитель организации");
		}
		PlanStep planned = plan.find(programmeId, step)
			.orElseThrow(() -> new NotFound("В плане программы нет шага «" + step + "»"));
		if (dueOn == null) {
			throw new InvalidInput("Укажите новый срок");
		}
		if (reason == null || reason.strip().length() < 5 || reason.strip().length() > 1000) {
			throw new InvalidInput("Причина изменения — от 5 до 1000 символов");
		}
		if (dueOn.isBefore(LocalDate.now(clock))) {
			throw new InvalidInput("Новый срок не может быть в прошлом");
		}
		if (dueOn.equals(planned.getDueOn())) {
			throw new InvalidInput("Новый срок совпадает с текущим");
		}
		boolean awaitingDecision = changes.findByProgrammeIdOrderById(programmeId).stream()
			.anyMatch(change -> change.getStep().equals(step) && change.getStatus() == PlanChange.Status.PENDING);
		if (awaitingDecision) {
			throw new StateConflict("Изменение срока этого шага уже ждёт решения руководителя");
		}
		boolean approved = documents.existsByProgrammeIdAndKindAndApprovalOutcome(programmeId, DocumentKind.ROADMAP,
				Approval.Outcome.APPROVED);
		if (!approved) {
			PlanChange applied = changes.save(new PlanChange(programmeId, planned, dueOn, reason, user.login(),
					clock.instant(), PlanChange.Status.APPLIED));
			plan.reschedule(programme, step, dueOn);
			return applied;
		}
		PlanChange pending = changes.save(new PlanChange(programmeId, planned, dueOn, reason, user.login(),
				clock.instant(), PlanChange.Status.PENDING));
		runtimeService.startProcessInstanceByKey(PlanChangeProcess.KEY, String.valueOf(pending.getId()),
				VariableValues.of(ProgrammeProcess.Var.PROGRAMME_ID, programmeId)
					.and(ProgrammeProcess.Var.ORGANISATION_ID, programme.getOrganisation().getId())
					.and(PlanChangeProcess.Var.PLAN_CHANGE_ID, pending.getId())
					.asMap());
		return pending;
	}

	/** The director's decision on a pending change; an approved change moves the plan, its tasks and timers. */
	@Transactional(propagation = Propagation.MANDATORY)
	void decide(Long changeId, Long programmeId, Approval approval) {
		PlanChange change = changes.findById(changeId)
			.filter(candidate -> candidate.getProgrammeId().equals(programmeId))
			.orElseThrow(() -> new InvalidInput("Изменение срока №" + changeId + " не относится к этой программе"));
		if (!approval.isApproved()) {
			change.decide(approval);
			return;
		}
		Programme programme = management.find(change.getProgrammeId());
		if (!plan.step(programme.getId(), change.getStep()).getDueOn().equals(change.getPreviousDueOn())) {
			throw new InvalidInput("Срок шага уже изменился после запроса: отклоните это изменение");
		}
		if (change.getRequestedDueOn().isBefore(LocalDate.now(clock))) {
			throw new InvalidInput("Предлагаемый срок уже прошёл: отклоните это изменение");
		}
		change.decide(approval);
		plan.reschedule(programme, change.getStep(), change.getRequestedDueOn());
	}
}
