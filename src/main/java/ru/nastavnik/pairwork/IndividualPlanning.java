package ru.nastavnik.pairwork;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.pairwork.MeetingLog.PairView;
import ru.nastavnik.problem.InvalidInput;
import ru.nastavnik.problem.StateConflict;
import ru.nastavnik.time.RussianDates;

/**
 * The individual plans of the pairs: drafting a version, marking both sides' agreement, assessing the goals at the
 * final meeting. What a person fills in is checked here, in Russian, and nothing is written when any of it is wrong.
 */
@Service
public class IndividualPlanning {

	static final int MAX_GOALS = 10;

	static final int MAX_TASKS = 10;

	static final int MAX_TOLERANCE_DAYS = 14;

	private final IndividualPlans plans;

	private final Clock clock;

	IndividualPlanning(IndividualPlans plans, Clock clock) {
		this.plans = plans;
		this.clock = clock;
	}

	/**
	 * The version in force or being drafted, with its goals and tasks read, so a page, a document or a form can show
	 * them after the transaction.
	 */
	@Transactional(readOnly = true)
	public Optional<IndividualPlan> current(Long pairId) {
		Optional<IndividualPlan> plan = plans.findByPairIdAndSupersededAtIsNull(pairId);
		plan.ifPresent(found -> found.goals().forEach(PlanGoal::getTasks));
		return plan;
	}

	/**
	 * The pair's plan in force for its schedule only (cadence, tolerance, start): its goals and tasks are not read —
	 * the schedule's checks run for every pair every week.
	 */
	@Transactional(readOnly = true)
	public Optional<IndividualPlan> schedule(Long pairId) {
		return plans.findByPairIdAndSupersededAtIsNull(pairId);
	}

	/** Every task of every version of the pair's plan, by id: what its meetings advanced, whichever the version. */
	@Transactional(readOnly = true)
	public Map<Long, PlanTask> tasksEver(Long pairId) {
		return plans.findByPairIdOrderByVersionDesc(pairId).stream().flatMap(plan -> plan.getGoals().stream())
			.flatMap(goal -> goal.getTasks().stream())
			.collect(java.util.stream.Collectors.toMap(PlanTask::getId, task -> task));
	}

	/** Every version, the latest first. */
	@Transactional(readOnly = true)
	public List<IndividualPlan> versions(Long pairId) {
		return plans.findByPairIdOrderByVersionDesc(pairId);
	}

	/**
	 * Writes the plan as drafted: over the version being drafted, or — when either side has agreed to the current one
	 * — as a new version that both sides agree to again.
	 */
	@Transactional
	public IndividualPlan draft(PairView pair, PlanDraft draft, String login) {
		if (!pair.active()) {
			throw new StateConflict("Пара не действует («" + pair.status() + "»): её план не меняется");
		}
		List<PlanGoal> goals = check(pair, draft);
		Optional<IndividualPlan> current = plans.findByPairIdAndSupersededAtIsNull(pair.id());
		if (current.isPresent() && !current.get().isAgreedByAnyone()) {
			current.get().revise(draft, goals);
			return current.get();
		}
		current.ifPresent(agreed -> {
			agreed.supersede(clock.instant());
			plans.saveAndFlush(agreed);
		});
		int version = current.map(agreed -> agreed.getVersion() + 1).orElse(1);
		return plans.save(new IndividualPlan(pair.id(), pair.programmeId(), version, draft, goals, login,
				clock.instant()));
	}

	private List<PlanGoal> check(PairView pair, PlanDraft draft) {
		if (draft.cadence() == null) {
			throw new InvalidInput("Выберите, как часто пара встречается: еженедельно, раз в две или в четыре недели");
		}
		if (draft.toleranceDays() < 0 || draft.toleranceDays() > MAX_TOLERANCE_DAYS) {
			throw new InvalidInput("Допустимая задержка встречи — от 0 до " + MAX_TOLERANCE_DAYS + " дней");
		}
		if (draft.startsOn() == null) {
			throw new InvalidInput("Укажите, с какого дня действует график встреч");
		}
		if (draft.startsOn().isBefore(pair.since())) {
			throw new InvalidInput("Пара закреплена " + RussianDates.format(pair.since())
					+ ": график не может начинаться раньше");
		}
		if (draft.direction() != null && draft.direction().strip().length() > 255) {
			throw new InvalidInput("«Направление» — не длиннее 255 символов");
		}
		List<PlanDraft.Goal> filled = draft.goals() == null ? List.of()
				: draft.goals().stream().filter(goal -> !blank(goal.title()) || goal.tasks().stream()
					.anyMatch(task -> !blank(task.title()))).toList();
		if (filled.isEmpty()) {
			throw new InvalidInput("В плане нужна хотя бы одна цель с задачами");
		}
		if (filled.size() > MAX_GOALS) {
			throw new InvalidInput("В плане не больше " + MAX_GOALS + " целей");
		}
		LocalDate lastDay = draft.startsOn().plusYears(1);
		List<PlanGoal> goals = new ArrayList<>();
		for (int g = 0; g < filled.size(); g++) {
			PlanDraft.Goal goal = filled.get(g);
			String where = "Цель " + (g + 1);
			String title = text(goal.title(), 3, 500, where + ": формулировка");
			List<PlanDraft.Task> tasks = goal.tasks().stream().filter(task -> !blank(task.title())
					|| !blank(task.expectedResult()) || task.dueOn() != null).toList();
			if (tasks.isEmpty()) {
				throw new InvalidInput(where + ": добавьте хотя бы одну задачу");
			}
			if (tasks.size() > MAX_TASKS) {
				throw new InvalidInput(where + ": не больше " + MAX_TASKS + " задач");
			}
			List<PlanTask> planned = new ArrayList<>();
			for (int t = 0; t < tasks.size(); t++) {
				PlanDraft.Task task = tasks.get(t);
				String at = where + ", задача " + (t + 1);
				String what = text(task.title(), 3, 500, at + ": что сделать");
				String expected = text(task.expectedResult(), 3, 500, at + ": ожидаемый результат");
				if (task.dueOn() == null) {
					throw new InvalidInput(at + ": укажите срок");
				}
				if (task.dueOn().isBefore(draft.startsOn()) || task.dueOn().isAfter(lastDay)) {
					throw new InvalidInput(at + ": срок — между " + RussianDates.format(draft.startsOn()) + " и "
							+ RussianDates.format(lastDay));
				}
				planned.add(new PlanTask(t + 1, what, expected, task.dueOn()));
			}
			goals.add(new PlanGoal(g + 1, title, planned));
		}
		return goals;
	}

	/**
	 * Marks the sides' agreement to the current version: the day each signed (for a minor, the day the legal
	 * representative's signature came back). A day may be left empty while a signature is awaited.
	 */
	@Transactional
	public IndividualPlan markAgreements(PairView pair, LocalDate mentorAgreedOn, LocalDate menteeAgreedOn,
			String login) {
		IndividualPlan plan = plans.findByPairIdAndSupersededAtIsNull(pair.id())
			.orElseThrow(() -> new StateConflict("У пары ещё нет индивидуального плана: сначала составьте его"));
		LocalDate today = LocalDate.now(clock);
		LocalDate drafted = LocalDate.ofInstant(plan.getDraftedAt(), clock.getZone());
		for (LocalDate day : new LocalDate[] { mentorAgreedOn, menteeAgreedOn }) {
			if (day != null && (day.isAfter(today) || day.isBefore(drafted))) {
				throw new InvalidInput("Дата согласования — между " + RussianDates.format(drafted)
						+ " (план составлен) и сегодняшним днём");
			}
		}
		plan.markAgreements(mentorAgreedOn, menteeAgreedOn, login);
		return plan;
	}

	/** A goal's outcome as the final meeting found it; a comment is needed unless the goal was reached. */
	public record Assessment(GoalOutcome outcome, String comment) {
	}

	/** The final meeting's assessment of every goal of the plan in force. */
	@Transactional
	public IndividualPlan assess(PairView pair, Map<Long, Assessment> byGoal) {
		IndividualPlan plan = plans.findByPairIdAndSupersededAtIsNull(pair.id())
			.filter(IndividualPlan::isAgreed)
			.orElseThrow(() -> new StateConflict("Итоги подводят по согласованному индивидуальному плану"));
		List<PlanGoal> goals = plan.goals();
		for (int g = 0; g < goals.size(); g++) {
			PlanGoal goal = goals.get(g);
			Assessment assessment = byGoal.get(goal.getId());
			String where = "Цель " + (g + 1);
			if (assessment == null || assessment.outcome() == null) {
				throw new InvalidInput(where + ": отметьте, достигнута ли она");
			}
			String comment = blank(assessment.comment()) ? null : assessment.comment().strip();
			if (assessment.outcome() != GoalOutcome.REACHED && (comment == null || comment.length() < 5)) {
				throw new InvalidInput(where + " " + assessment.outcome().title()
						+ ": объясните в комментарии, что помешало (не короче 5 символов)");
			}
			if (comment != null && comment.length() > 1000) {
				throw new InvalidInput(where + ": комментарий — не длиннее 1000 символов");
			}
		}
		goals.forEach(goal -> goal.assess(byGoal.get(goal.getId()).outcome(), blank(byGoal.get(goal.getId())
			.comment()) ? null : byGoal.get(goal.getId()).comment().strip()));
		return plan;
	}

	/** The pair's own summary of its year, written at the final meeting; the monitoring and the cases read it. */
	@Transactional
	public IndividualPlan summarise(Long pairId, String summary) {
		IndividualPlan plan = plans.findByPairIdAndSupersededAtIsNull(pairId)
			.filter(IndividualPlan::isAssessed)
			.orElseThrow(() -> new StateConflict("Сначала отметьте на странице плана, что достигнуто по каждой цели"));
		plan.summarise(summary);
		return plan;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String text(String value, int min, int max, String label) {
		int length = value == null ? 0 : value.strip().length();
		if (length < min || length > max) {
			throw new InvalidInput("Заполните «" + label + "»: от " + min + " до " + max + " символов");
		}
		return value.strip();
	}
}
