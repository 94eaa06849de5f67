package ru.nastavnik.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Gives every user task of every process a listener, so that no model can forget it: when the processes are
 * deployed, after the task's own listeners of the same event.
 */
public final class EveryUserTask {

	private EveryUserTask() {
	}

	/** Adds the listener for the event to every user task but those the element itself exempts. */
	public static void listen(ProcessEngineConfigurationImpl configuration, String event, TaskListener listener,
			Predicate<Element> exempt) {
		List<BpmnParseListener> listeners = new ArrayList<>();
		if (configuration.getCustomPostBPMNParseListeners() != null) {
			listeners.addAll(configuration.getCustomPostBPMNParseListeners());
		}
		listeners.add(new AbstractBpmnParseListener() {

			@Override
			public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
				if (!exempt.test(userTaskElement)) {
					((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
						.addTaskListener(event, listener);
				}
			}
		});
		configuration.setCustomPostBPMNParseListeners(listeners);
	}

	public static void listen(ProcessEngineConfigurationImpl configuration, String event, TaskListener listener) {
		listen(configuration, event, listener, element -> false);
	}
}
