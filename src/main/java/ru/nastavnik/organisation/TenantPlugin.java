package ru.nastavnik.organisation;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Installs the organisation tenant id provider into the engine, and the tenant on every decision history row. */
@Component
class TenantPlugin extends AbstractProcessEnginePlugin {

	private final Organisations organisations;

	// Lazy: the repository needs the EntityManagerFactory, which must not be forced while the engine is configured.
	TenantPlugin(@Lazy Organisations organisations) {
		this.organisations = organisations;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setTenantIdProvider(new OrganisationTenantIdProvider(organisations));
		configuration.setDmnHistoryEventProducer(new DecisionOutputTenantProducer());
	}
}
