package ru.nastavnik.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * The engine holds ids and decisions only. Two guards, for every process however it is modelled: the history
 * records only the variables the processes declare, so what a form submits for one step (a questionnaire's text, a
 * comment, a date) never reaches {@code ACT_HI_*}; and when a user task completes, after its own listeners have
 * written what it decided, every variable that is not declared is removed from the process, so none stays in
 * {@code ACT_RU_VARIABLE}. Erasure of a person therefore has nothing to find in the engine.
 */
@Component
class EngineKeepsDeclaredVariables extends AbstractProcessEnginePlugin {

	/** The engine's own variables of a multi-instance activity. */
	private static final Set<String> MULTI_INSTANCE = Set.of("nrOfInstances", "nrOfActiveInstances",
			"nrOfCompletedInstances", "loopCounter");

	private final Set<String> declared = new HashSet<>(MULTI_INSTANCE);

	EngineKeepsDeclaredVariables(List<DeclaredVariables> declarations) {
		declarations.forEach(declaration -> declared.addAll(declaration.names()));
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<HistoryEventHandler> handlers = new ArrayList<>();
		handlers.add(new DeclaredVariablesHistory(new DbHistoryEventHandler(), declared));
		if (configuration.getCustomHistoryEventHandlers() != null) {
			handlers.addAll(configuration.getCustomHistoryEventHandlers());
		}
		// the default database handler would record every variable: ours wraps it and is the only one
		configuration.setEnableDefaultDbHistoryEventHandler(false);
		configuration.setCustomHistoryEventHandlers(handlers);

		// after the task's own complete listeners: they read the input first
		EveryUserTask.listen(configuration, TaskListener.EVENTNAME_COMPLETE, this::clearInput);
	}

	private void clearInput(DelegateTask task) {
		List<String> input = task.getVariableNames().stream().filter(name -> !declared.contains(name)).toList();
		input.forEach(task::removeVariable);
	}
}
