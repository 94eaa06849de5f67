package ru.nastavnik.organisation;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationEvent;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionEvaluationEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionInputInstanceEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionInstanceEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionOutputInstanceEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.producer.DefaultDmnHistoryEventProducer;

/**
 * Camunda 7.24 writes a decision's history (ACT_HI_DECINST) with the tenant of the process that evaluated it, but
 * leaves the tenant of its outputs (ACT_HI_DEC_OUT) empty. Every history row must carry its organisation: this
 * producer gives inputs and outputs the tenant of their decision instance.
 */
class DecisionOutputTenantProducer extends DefaultDmnHistoryEventProducer {

	@Override
	protected HistoryEvent createHistoryEvent(DmnDecisionEvaluationEvent evaluationEvent,
			HistoricDecisionInstanceSupplier supplier) {
		HistoryEvent event = super.createHistoryEvent(evaluationEvent, supplier);
		if (event instanceof HistoricDecisionEvaluationEvent evaluation) {
			List<HistoricDecisionInstanceEntity> instances = new ArrayList<>();
			instances.add(evaluation.getRootHistoricDecisionInstance());
			if (evaluation.getRequiredHistoricDecisionInstances() != null) {
				instances.addAll(evaluation.getRequiredHistoricDecisionInstances());
			}
			instances.forEach(DecisionOutputTenantProducer::stampTenant);
		}
		return event;
	}

	private static void stampTenant(HistoricDecisionInstanceEntity instance) {
		if (instance == null || instance.getTenantId() == null) {
			return;
		}
		if (instance.getInputs() != null) {
			for (HistoricDecisionInputInstance input : instance.getInputs()) {
				((HistoricDecisionInputInstanceEntity) input).setTenantId(instance.getTenantId());
			}
		}
		if (instance.getOutputs() != null) {
			for (HistoricDecisionOutputInstance output : instance.getOutputs()) {
				((HistoricDecisionOutputInstanceEntity) output).setTenantId(instance.getTenantId());
			}
		}
	}
}
