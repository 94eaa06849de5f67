package ru.nastavnik.engine;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Writes the engine's history, leaving out every event of a variable the processes do not declare — its creation,
 * its updates and the form field that submitted it ({@code ACT_HI_DETAIL}), its removal — so the history holds ids
 * and decisions only. Each variable is
 * judged by its name alone, so all of its events are left out or none are.
 */
class DeclaredVariablesHistory implements HistoryEventHandler {

	private final HistoryEventHandler database;

	private final Set<String> declared;

	DeclaredVariablesHistory(HistoryEventHandler database, Set<String> declared) {
		this.database = database;
		this.declared = declared;
	}

	@Override
	public void handleEvent(HistoryEvent event) {
		if (event instanceof HistoricVariableUpdateEventEntity variable
				&& !declared.contains(variable.getVariableName())) {
			return;
		}
		// a submitted form's fields, which the engine records one by one as it receives them
		if (event instanceof HistoricFormPropertyEventEntity field && !declared.contains(field.getPropertyId())) {
			return;
		}
		database.handleEvent(event);
	}

	@Override
	public void handleEvents(List<HistoryEvent> events) {
		events.forEach(this::handleEvent);
	}
}
