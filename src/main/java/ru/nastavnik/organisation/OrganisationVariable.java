package ru.nastavnik.organisation;

import ru.nastavnik.engine.ProcessVariable;

/** The variable every process instance starts with: its organisation, which decides the instance's tenant. */
public final class OrganisationVariable {

	public static final ProcessVariable<Long> ORGANISATION_ID = ProcessVariable.id("organisationId");

	private OrganisationVariable() {
	}
}
