package ru.nastavnik.programme;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Where programmes stand: the stages at work and the status they give, the overdue steps and the share of the plan
 * that is done.
 * <p>
 * The list of programmes reads this for all of them at once: a handful of set-based queries over the business
 * tables and Camunda's documented tables ({@code ACT_RU_EXECUTION}, {@code ACT_RU_TASK}, {@code ACT_HI_ACTINST},
 * {@code ACT_HI_TASKINST}, {@code ACT_HI_VARINST}), however many programmes there are. Asking the engine's API
 * programme by programme cost a dozen queries each (4 s for 400 programmes). The figures are the programme's facts,
 * the same for everyone who may see the programme.
 */
@Service
class ProgrammeProgress {

	record OverdueStep(String step, String title, LocalDate dueOn, long daysOverdue, String taskId) {
	}

	/** A programme's progress as the list shows it. */
	record Progress(String stage, ProgrammeStatus status, int overdueSteps, int percentDone) {
	}

	/** Which programmes a read covers: a condition on {@code programme p} and its parameters. */
	private record Scope(String condition, Map<String, Object> parameters) {
	}

	/**
	 * The step of a task: {@code planStep} of the process called for the step, or the task's own element id (the
	 * historic variable, as the engine's history query reads it: not deleted).
	 */
	private static final String TASK_STEP = "coalesce(v.TEXT_, t.TASK_DEF_KEY_)";

	/**
	 * {@code %s}: where H2's optimizer would look the variable up by its process instance alone and read every variable
	 * of the instance for each task, a hint names Camunda's index on the instance and the name.
	 */
	private static final String PLAN_STEP_OF_TASK = " left join ACT_HI_VARINST v%s on v.PROC_INST_ID_ = t.PROC_INST_ID_"
			+ " and v.NAME_ = '" + ProgrammeProcess.Var.PLAN_STEP.name() + "' and (v.STATE_ <> 'DELETED' or v.STATE_ is null)";

	private static final String H2_PLAN_STEP_INDEX = " use index (ACT_IDX_HI_VAR_PI_NAME_TYPE)";

	/** Each programme, and whether its process still runs (a row in {@code ACT_RU_EXECUTION}). */
	private static final String PROGRAMMES = "select p.id, p.status, p.process_instance_id, p.plan_size,"
			+ " e.ID_ as running"
			+ " from programme p left join ACT_RU_EXECUTION e on e.ID_ = p.process_instance_id where %s";

	/**
	 * The stages each programme's process runs now: its sub-processes that have not ended. Each stage is looked up
	 * by process instance and element id (Camunda's index on both), not by reading every activity of the year.
	 */
	private static final String STAGES = "select p.id, a.ACT_ID_ as stage_id, a.ACT_NAME_ as stage_name"
			+ " from programme p"
			+ " join ACT_RU_EXECUTION e on e.ID_ = p.process_instance_id"
			+ " cross join (values " + java.util.Arrays.stream(ProgrammeStatus.values())
				.map(ProgrammeStatus::stageElementId)
				.filter(java.util.Objects::nonNull)
				.map(id -> "('" + id + "')")
				.collect(java.util.stream.Collectors.joining(", ")) + ") stage(id)"
			+ " join ACT_HI_ACTINST a on a.PROC_INST_ID_ = e.ID_ and a.ACT_ID_ = stage.id"
			+ " where %s and a.PARENT_ACT_INST_ID_ = e.ID_ and a.END_TIME_ is null";

	/**
	 * The open tasks of each programme's process and of the processes called for its steps (the same root process
	 * instance); a participant's own process is a root of its own and not among them.
	 */
	private static final String OPEN_TASKS = "select p.id, " + TASK_STEP + " as step,"
			+ " case when t.DUE_DATE_ < :now then 1 else 0 end as overdue"
			+ " from programme p"
			+ " join ACT_RU_EXECUTION e on e.ROOT_PROC_INST_ID_ = p.process_instance_id and e.ID_ = e.PROC_INST_ID_"
			+ " join ACT_RU_TASK t on t.PROC_INST_ID_ = e.ID_"
			+ PLAN_STEP_OF_TASK
			+ " where %s";

	/**
	 * The plan steps of each programme worked at least once: by a finished task of its process tree, or recorded
	 * without one (a questionnaire with nobody to ask).
	 */
	private static final String WORKED_STEPS = "select distinct ps.programme_id, ps.step from ("
			+ " select p.id as programme_id, " + TASK_STEP + " as step"
			+ " from programme p"
			+ " join ACT_HI_TASKINST t on t.ROOT_PROC_INST_ID_ = p.process_instance_id"
			+ PLAN_STEP_OF_TASK
			+ " where %s and t.END_TIME_ is not null"
			+ " union"
			+ " select r.programme_id, r.step from step_record r join programme p on p.id = r.programme_id where %s"
			+ ") worked join plan_step ps on ps.programme_id = worked.programme_id and ps.step = worked.step";

	private final TaskService taskService;

	private final RuntimeService runtimeService;

	private final HistoryService historyService;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	/** Whether the database is H2 (the other is PostgreSQL); found on the first read. */
	private volatile Boolean h2;

	ProgrammeProgress(TaskService taskService, RuntimeService runtimeService, HistoryService historyService,
			NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.taskService = taskService;
		this.runtimeService = runtimeService;
		this.historyService = historyService;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The progress of every programme of the organisations (tenants), by programme id. */
	Map<Long, Progress> ofOrganisations(Collection<String> tenantIds) {
		if (tenantIds.isEmpty()) {
			return Map.of();
		}
		return read(new Scope("p.organisation_id in (select o.id from organisation o where o.tenant_id in (:tenants))",
				Map.of("tenants", tenantIds)));
	}

	/** The progress of the programmes, by programme id (a page of the list). */
	Map<Long, Progress> ofProgrammes(Collection<Long> programmeIds) {
		if (programmeIds.isEmpty()) {
			return Map.of();
		}
		return read(new Scope("p.id in (:programmeIds)", Map.of("programmeIds", programmeIds)));
	}

	Progress of(Programme programme) {
		return of(programme.getId());
	}

	Progress of(Long programmeId) {
		return read(new Scope("p.id = :programmeId", Map.of("programmeId", programmeId))).get(programmeId);
	}

	private Map<Long, Progress> read(Scope scope) {
		Map<String, Object> parameters = new HashMap<>(scope.parameters());
		// the comparison the engine's own query makes (dueBefore), on the engine's clock
		parameters.put("now", Timestamp.from(clock.instant()));

		String where = scope.condition();
		String hint = onH2() ? H2_PLAN_STEP_INDEX : "";
		Map<Long, Standing> standings = new HashMap<>();
		jdbc.query(PROGRAMMES.formatted(where), parameters, row -> {
			standings.put(row.getLong("id"), new Standing(ProgrammeStatus.valueOf(row.getString("status")),
					row.getString("process_instance_id"), row.getString("running") != null, row.getInt("plan_size")));
		});
		jdbc.query(STAGES.formatted(where), parameters, row -> {
			Standing standing = standings.get(row.getLong("id"));
			if (standing != null) {
				standing.stageIds.add(row.getString("stage_id"));
				standing.stageNames.add(row.getString("stage_name"));
			}
		});
		jdbc.query(OPEN_TASKS.formatted(hint, where), parameters, row -> {
			Standing standing = standings.get(row.getLong("id"));
			if (standing != null) {
				standing.openSteps.add(row.getString("step"));
				standing.overdue += row.getInt("overdue");
			}
		});
		jdbc.query(WORKED_STEPS.formatted(hint, where, where), parameters, row -> {
			Standing standing = standings.get(row.getLong("programme_id"));
			if (standing != null) {
				standing.workedSteps.add(row.getString("step"));
			}
		});
		Map<Long, Progress> progress = new HashMap<>();
		standings.forEach((id, standing) -> progress.put(id, standing.progress()));
		return progress;
	}

	private boolean onH2() {
		Boolean h2 = this.h2;
		if (h2 == null) {
			h2 = jdbc.getJdbcTemplate().execute((java.sql.Connection connection) ->
					"H2".equals(connection.getMetaData().getDatabaseProductName()));
			this.h2 = h2;
		}
		return h2;
	}

	/** What the queries found of one programme. */
	private static final class Standing {

		final ProgrammeStatus recorded;

		final String processInstanceId;

		final boolean running;

		final Set<String> stageIds = new HashSet<>();

		final Set<String> stageNames = new TreeSet<>();

		final Set<String> openSteps = new HashSet<>();

		final Set<String> workedSteps = new HashSet<>();

		final int planSize;

		int overdue;

		Standing(ProgrammeStatus recorded, String processInstanceId, boolean running, int planSize) {
			this.recorded = recorded;
			this.processInstanceId = processInstanceId;
			this.running = running;
			this.planSize = planSize;
		}

		Progress progress() {
			if (processInstanceId == null) {
				return new Progress(recorded.title(), recorded, 0, 0);
			}
			ProgrammeStatus status = ProgrammeStatus.of(!running, stageIds, recorded);
			String stage = !running ? status.title()
					: stageNames.isEmpty() ? recorded.title() : String.join("; ", stageNames);
			// a step is done when worked and not open again (a returned draft is open again)
			long done = workedSteps.stream().filter(step -> !openSteps.contains(step)).count();
			int percent = planSize == 0 ? 0 : (int) (done * 100 / planSize);
			return new Progress(stage, status, overdue, percent);
		}
	}

	/**
	 * Open steps whose due date has passed, the longest overdue first — in the programme's process and in the
	 * processes called for its steps.
	 */
	List<OverdueStep> overdue(Programme programme) {
		ZoneId zone = programme.getZone();
		LocalDate today = LocalDate.now(clock.withZone(zone));
		String[] tree = runningTree(programme);
		if (tree.length == 0) {
			return List.of();
		}
		return taskService.createTaskQuery()
			.processInstanceIdIn(tree)
			.dueBefore(Date.from(clock.instant()))
			.orderByDueDate().asc()
			.list().stream()
			.map(task -> {
				LocalDate dueOn = task.getDueDate().toInstant().atZone(zone).toLocalDate();
				return new OverdueStep(stepOf(task.getProcessInstanceId(), task.getTaskDefinitionKey()),
						task.getName(), dueOn, ChronoUnit.DAYS.between(dueOn, today), task.getId());
			})
			.toList();
	}

	/**
	 * The programme's running process and the processes called for its steps. Processes of their own that work for
	 * the programme — one per participant — are not its steps: they escalate and report on their own.
	 */
	private String[] runningTree(Programme programme) {
		if (programme.getProcessInstanceId() == null) {
			return new String[0];
		}
		return runtimeService.createProcessInstanceQuery()
			.rootProcessInstanceId(programme.getProcessInstanceId())
			.list().stream()
			.map(instance -> instance.getId())
			.toArray(String[]::new);
	}

	/** The plan step a task works: the step a called process carries out, or the task's own. */
	private String stepOf(String processInstanceId, String taskDefinitionKey) {
		return historyService.createHistoricVariableInstanceQuery()
			.processInstanceId(processInstanceId)
			.variableName(ProgrammeProcess.Var.PLAN_STEP.name())
			.list().stream()
			.findFirst()
			.map(variable -> String.valueOf(variable.getValue()))
			.orElse(taskDefinitionKey);
	}
}
