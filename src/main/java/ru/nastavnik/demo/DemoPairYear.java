package ru.nastavnik.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import ru.nastavnik.pairwork.IndividualPlan;
import ru.nastavnik.pairwork.IndividualPlanning;
import ru.nastavnik.pairwork.MeetingCadence;
import ru.nastavnik.pairwork.MeetingLog;
import ru.nastavnik.pairwork.PairStepFacts;
import ru.nastavnik.pairwork.PlanDraft;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeAudience;
import ru.nastavnik.security.CurrentUser;

/**
 * How the demo's pairs work their own steps: the organisational and the trial meeting in their first weeks, the
 * individual plan written at the planning meeting and signed the same day (a minor's by the parent, who signs the
 * printed plan at home), and the final meeting with its goals assessed.
 */
@Component
class DemoPairYear {

	private final MeetingLog meetingLog;

	private final IndividualPlanning planning;

	private final PairStepFacts facts;

	DemoPairYear(MeetingLog meetingLog, IndividualPlanning planning, PairStepFacts facts) {
		this.meetingLog = meetingLog;
		this.planning = planning;
		this.facts = facts;
	}

	/**
	 * The programme's step the pairs carry out, closed from their facts: with a word for the pairs that have not done
	 * it (the silent pair, whose curator is on it).
	 */
	Map<String, Object> stepValues(Programme programme, String step) {
		PairStepFacts.Facts found = facts.of(programme, step);
		return found.pending().isEmpty() ? Map.of()
				: Map.of("pendingReason", "Куратор выясняет у пар, почему встречи не проходят по графику, и помогает "
						+ "их возобновить");
	}

	/** The form's values of the pair's task, having done on the plan's page what the step needs first. */
	Map<String, Object> values(String taskKey, Long pairId, LocalDate today, ProgrammeAudience audience,
			CurrentUser recorder) {
		Map<String, Object> meeting = Map.of("heldOn", today.toString(), "durationMinutes", 45, "meetingFormat",
				"IN_PERSON", "attendance", "BOTH");
		return switch (taskKey) {
			case "holdOrganisationalMeeting" -> with(meeting, "contactRules",
					"Встречаемся по средам после уроков в кабинете 214; при переносе пишем в мессенджер за день");
			case "holdTrialMeeting" -> with(with(meeting, "tried",
					"Разобрали одну трудную тему и попробовали работать по шагам: объяснение, пример, задача"),
					"pairGoesOn", "yes");
			case "holdPlanningMeeting" -> {
				plan(pairId, today, audience, recorder);
				yield meeting;
			}
			case "holdFinalMeeting" -> {
				MeetingLog.PairView pair = meetingLog.pair(pairId, recorder, MeetingLog.RECORDERS);
				IndividualPlan plan = planning.current(pairId).orElseThrow();
				planning.assess(pair, Map.of(plan.getGoals().get(0).getId(), new IndividualPlanning.Assessment(
						ru.nastavnik.pairwork.GoalOutcome.REACHED, null), plan.getGoals().get(1).getId(),
						new IndividualPlanning.Assessment(ru.nastavnik.pairwork.GoalOutcome.PARTLY,
								"Проект начат, защита перенесена на осень")));
				yield with(meeting, "resultSummary",
						"Наставляемый увереннее решает задачи и сам планирует подготовку; проект продолжим в новом году");
			}
			case "clarifyMissedMeetings" -> Map.of("missedReason", "ILLNESS", "inquiryComment",
					"Наставляемый болел две недели; пара договорилась встретиться в понедельник");
			default -> throw new IllegalStateException("Демо не знает шага пары «" + taskKey + "»");
		};
	}

	/**
	 * What the pair's n-th regular meeting does for its plan: it works on the plan's tasks in turn, a few meetings
	 * each, and the fourth meeting on a task finishes it.
	 */
	MeetingLog.PlanProgress progress(Long pairId, int number) {
		List<Long> tasks = planning.current(pairId).stream().flatMap(plan -> plan.getGoals().stream())
			.flatMap(goal -> goal.getTasks().stream()).map(ru.nastavnik.pairwork.PlanTask::getId).toList();
		if (tasks.isEmpty() || number / 4 >= tasks.size()) {
			return MeetingLog.PlanProgress.NONE;
		}
		Long task = tasks.get(number / 4);
		return new MeetingLog.PlanProgress(java.util.Set.of(task),
				number % 4 == 3 ? java.util.Set.of(task) : java.util.Set.of());
	}

	/** The day the pair's schedule of regular meetings starts, once it has a plan. */
	java.util.Optional<LocalDate> regularMeetingsFrom(Long pairId) {
		return planning.current(pairId).map(IndividualPlan::getStartsOn);
	}

	private void plan(Long pairId, LocalDate today, ProgrammeAudience audience, CurrentUser recorder) {
		MeetingLog.PairView pair = meetingLog.pair(pairId, recorder, MeetingLog.RECORDERS);
		boolean teachers = audience == ProgrammeAudience.TEACHERS;
		LocalDate start = today.plusDays(7);
		PlanDraft draft = new PlanDraft(teachers ? "Молодой специалист: адаптация в профессии" : null,
				MeetingCadence.WEEKLY, 3, start, teachers ? List.of(
						new PlanDraft.Goal("Освоить планирование занятий по ФОП ДО", List.of(
								new PlanDraft.Task("Составить с наставником план недели", "План недели по ФОП ДО",
										start.plusDays(21)),
								new PlanDraft.Task("Провести открытое занятие", "Занятие с разбором",
										start.plusDays(90)))),
						new PlanDraft.Goal("Выстроить работу с родителями группы", List.of(
								new PlanDraft.Task("Подготовить родительское собрание", "Сценарий и протокол собрания",
										start.plusDays(60)))))
						: List.of(
								new PlanDraft.Goal("Подтянуть предмет до уверенной «четвёрки»", List.of(
										new PlanDraft.Task("Разобрать темы, на которых застревает наставляемый",
												"Список тем и по два решённых примера на каждую", start.plusDays(30)),
										new PlanDraft.Task("Решить пробный вариант контрольной",
												"Не меньше 70 % верных ответов", start.plusDays(120)))),
								new PlanDraft.Goal("Сделать и защитить проект", List.of(
										new PlanDraft.Task("Выбрать тему проекта и источники",
												"Тема утверждена учителем", start.plusDays(45)),
										new PlanDraft.Task("Защитить проект на школьной конференции",
												"Проект защищён", start.plusDays(200))))));
		planning.draft(pair, draft, recorder.login());
		planning.markAgreements(pair, today, today, recorder.login());
	}

	private static Map<String, Object> with(Map<String, Object> values, String key, Object value) {
		Map<String, Object> more = new java.util.HashMap<>(values);
		more.put(key, value);
		return more;
	}
}
