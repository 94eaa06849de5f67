package ru.nastavnik.pairwork;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import ru.nastavnik.engine.FormTask;
import ru.nastavnik.engine.TaskFormDisplay;
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairing.MentoringPairs;
import ru.nastavnik.pairing.PairingProcess;
import ru.nastavnik.programme.ProgrammeProcess;
import ru.nastavnik.programme.Programmes;
import ru.nastavnik.programme.RoadmapPlan;
import ru.nastavnik.time.RussianDates;

/**
 * What the forms of a pair's steps show, read when a form is opened: the pair by its people's names, the state of its
 * individual plan, and — for a pair that does not meet — its last meeting and how many checks in a row found none.
 * The engine holds only the pair's id.
 */
@Component
class PairWorkFormDisplay implements TaskFormDisplay {

	static final String PAIR = "pairSummary";

	static final String PLAN = "planSummary";

	static final String MISSED = "missedSummary";

	static final String GOALS = "goalsSummary";

	static final String STEP_TITLE = "stepTitle";

	static final String STEP_SUMMARY = "pairStepSummary";

	/** The process that carries out a programme's step done by its pairs. */
	static final String PAIR_WORK = "pair-work";

	private final Programmes programmes;

	private final MentoringPairs pairs;

	private final MeetingLog meetingLog;

	private final IndividualPlanning planning;

	private final PairStepFacts facts;

	private final RoadmapPlan roadmapPlan;

	PairWorkFormDisplay(Programmes programmes, MentoringPairs pairs, MeetingLog meetingLog,
			IndividualPlanning planning, PairStepFacts facts, RoadmapPlan roadmapPlan) {
		this.facts = facts;
		this.roadmapPlan = roadmapPlan;
		this.programmes = programmes;
		this.pairs = pairs;
		this.meetingLog = meetingLog;
		this.planning = planning;
	}

	@Override
	public boolean shows(String processDefinitionKey, String taskDefinitionKey) {
		return PairingProcess.PAIR.equals(processDefinitionKey) || PAIR_WORK.equals(processDefinitionKey);
	}

	@Override
	public Map<String, Object> values(FormTask task) {
		Map<String, Object> values = new LinkedHashMap<>();
		if (PAIR_WORK.equals(task.processDefinitionKey())) {
			String step = task.get(ProgrammeProcess.Var.PLAN_STEP);
			programmes.findOwn(task.get(ProgrammeProcess.Var.PROGRAMME_ID), task.tenantId())
				.filter(programme -> step != null && PairStepFacts.isPairStep(step))
				.ifPresent(programme -> {
					values.put(STEP_TITLE, roadmapPlan.titleOf(programme.getId(), step));
					values.put(STEP_SUMMARY, facts.of(programme, step).summary());
				});
			return values;
		}
		Optional<MentoringPair> found = programmes.findOwn(task.get(ProgrammeProcess.Var.PROGRAMME_ID), task.tenantId())
			.flatMap(programme -> pairs.findById(task.get(PairingProcess.Var.PAIR_ID))
				.filter(pair -> pair.getProgrammeId().equals(programme.getId())));
		if (found.isEmpty()) {
			return values;
		}
		MentoringPair pair = found.get();
		MeetingLog.PairView view = meetingLog.view(pair, meetingLog.people(List.of(pair)));
		values.put(PAIR, "Пара № " + view.id() + ": наставник " + view.mentor() + " — наставляемый " + view.mentee()
				+ ", форма «" + view.form() + "», закреплена " + RussianDates.format(view.since()) + ".");
		Optional<IndividualPlan> plan = planning.current(pair.getId());
		switch (task.taskDefinitionKey()) {
			case PairWorkProcess.HOLD_PLANNING_MEETING -> values.put(PLAN, plan.map(PairWorkFormDisplay::planState)
				.orElse("Плана ещё нет: составьте его на странице плана."));
			case PairWorkProcess.CLARIFY_MISSED_MEETINGS -> {
				Integer missed = PairWorkProcess.Var.MEETINGS_MISSED.from(task.variables());
				values.put(MISSED, "Последняя встреча: " + meetingLog.lastHeldOn(pair.getId())
					.map(RussianDates::format).orElse("встреч не было") + "; график — "
						+ plan.map(agreed -> agreed.getCadence().title() + ", допуск " + agreed.getToleranceDays()
								+ " дн.").orElse("не задан")
						+ "; проверок подряд без встреч: " + (missed == null ? 1 : missed) + ".");
			}
			case PairWorkProcess.HOLD_FINAL_MEETING -> values.put(GOALS, plan.map(PairWorkFormDisplay::goals)
				.orElse("Плана нет."));
			default -> {
			}
		}
		return values;
	}

	private static String planState(IndividualPlan plan) {
		return "Индивидуальный план, версия " + plan.getVersion() + ": целей — " + plan.getGoals().size()
				+ ", встречи " + plan.getCadence().title() + ". "
				+ (plan.isAgreed() ? "Согласован обеими сторонами."
						: "Ещё не согласован: наставник — " + agreed(plan.getMentorAgreedOn() != null)
								+ ", наставляемый — " + agreed(plan.getMenteeAgreedOn() != null) + ".");
	}

	private static String agreed(boolean agreed) {
		return agreed ? "да" : "нет";
	}

	private static String goals(IndividualPlan plan) {
		return plan.getGoals().stream()
			.map(goal -> goal.getTitle() + " — " + (goal.getOutcome() == null ? "итог не отмечен"
					: goal.getOutcome().title()))
			.collect(Collectors.joining("; ", "Цели плана: ", "."));
	}
}
