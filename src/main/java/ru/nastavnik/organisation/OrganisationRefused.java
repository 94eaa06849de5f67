package ru.nastavnik.organisation;

import java.util.List;
import java.util.stream.Collectors;

import ru.nastavnik.problem.InvalidInput;

/** An organisation that cannot be added as it was filled in: every field refused, each with its reason. */
class OrganisationRefused extends InvalidInput {

	private final transient List<OrganisationOnboarding.Refusal> refusals;

	OrganisationRefused(List<OrganisationOnboarding.Refusal> refusals) {
		super(refusals.stream().map(OrganisationOnboarding.Refusal::message).collect(Collectors.joining("; ")));
		this.refusals = List.copyOf(refusals);
	}

	List<OrganisationOnboarding.Refusal> refusals() {
		return refusals;
	}
}
