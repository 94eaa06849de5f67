package ru.nastavnik.tasklist;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters every role sees. Their queries use expressions, which only these stored filters may:
 * expressions sent in a request are refused (see the security package).
 */
@Component
class TasklistFilters extends AbstractProcessEnginePlugin {

	static final String MY_TASKS = "Мои задачи";

	static final String MY_GROUP_TASKS = "Задачи моей группы";

	/**
	 * The tasks offered to the person by name (a staff mentor's own pair's meeting) — the engine counts a person's
	 * groups in too, so for anyone with a group's tasks the list also holds those.
	 */
	static final String FOR_ME = "Задачи для меня";

	static final String OVERDUE = "Просроченные";

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		TaskService tasks = engine.getTaskService();
		FilterService filters = engine.getFilterService();
		create(filters, MY_TASKS, -10, "Задачи, назначенные мне",
				tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
		create(filters, MY_GROUP_TASKS, -5, "Задачи моих групп, которые ещё никто не взял",
				tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
		create(filters, FOR_ME, -3, "Задачи, предложенные мне лично (например, встречи моей пары) или моим группам, "
				+ "которые ещё никто не взял",
				tasks.createTaskQuery().taskCandidateUserExpression("${currentUser()}").taskUnassigned());
		create(filters, OVERDUE, 0, "Шаги программы, срок которых истёк",
				tasks.createTaskQuery().dueBeforeExpression("${now()}"));
	}

	/** What each task of every list shows: its programme and, for a participant's task, the participant. */
	static final List<Map<String, String>> LABELS = List.of(
			Map.of("name", TaskListLabel.PROGRAMME, "label", "Программа"),
			Map.of("name", TaskListLabel.PARTICIPANT, "label", "Участник"));

	/** Creates the filter, or brings an existing one's properties to what the code says. */
	private static void create(FilterService filters, String name, int priority, String description,
			TaskQuery query) {
		Filter filter = filters.createTaskFilterQuery().filterName(name).singleResult();
		if (filter == null) {
			filter = filters.newTaskFilter(name).setQuery(query);
		}
		filter.setProperties(new HashMap<>(Map.of("description", description, "priority", priority, "refresh", true,
				"variables", LABELS)));
		filters.saveFilter(filter);
	}
}
