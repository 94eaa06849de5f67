package ru.nastavnik.organisation;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

/**
 * Stamps every process instance with the tenant of its organisation. Definitions are shared (deployed without a
 * tenant), so the instance's {@code organisationId} variable decides; a called process inherits its caller's tenant.
 */
class OrganisationTenantIdProvider implements TenantIdProvider {

	private final Organisations organisations;

	OrganisationTenantIdProvider(Organisations organisations) {
		this.organisations = organisations;
	}

	@Override
	public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
		if (ctx.getSuperExecution() != null) {
			return ctx.getSuperExecution().getTenantId();
		}
		Long id = OrganisationVariable.ORGANISATION_ID.from(ctx.getVariables());
		if (id == null) {
			throw new ProcessEngineException("Процесс «" + ctx.getProcessDefinition().getKey()
					+ "» можно запустить только для организации: не передана переменная organisationId");
		}
		return organisations.findById(id)
			.map(Organisation::getTenantId)
			.orElseThrow(() -> new ProcessEngineException("Организация с идентификатором " + id + " не найдена"));
	}

	@Override
	public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
		return ctx.getSuperExecution() != null ? ctx.getSuperExecution().getTenantId() : null;
	}

	@Override
	public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
		if (ctx.getExecution() != null) {
			return ctx.getExecution().getTenantId();
		}
		return ctx.getCaseExecution() != null ? ctx.getCaseExecution().getTenantId() : null;
	}
}
