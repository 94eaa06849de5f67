package ru.nastavnik.organisation;

import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.problem.InvalidInput;
import ru.nastavnik.problem.NotPermitted;
import ru.nastavnik.problem.StateConflict;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.security.Role;

/**
 * A new organisation joins, without SQL: its record with the figures coverage is counted against, its municipality
 * (added the first time it is named) and its tenant in the engine — in one transaction. The role groups, their
 * grants and the Tasklist filters are shared by every organisation and narrowed to its own by tenant membership, so
 * nothing else is created; its people join it when they are added to it.
 */
@Service
class OrganisationOnboarding {

	/** What a person fills in to add an organisation. */
	record NewOrganisation(String name, OrganisationKind kind, String municipality, String siteUrl, String address,
			Integer pupils, Integer teachers) {
	}

	private final Organisations organisations;

	private final Municipalities municipalities;

	private final IdentityService identityService;

	OrganisationOnboarding(Organisations organisations, Municipalities municipalities,
			IdentityService identityService) {
		this.organisations = organisations;
		this.municipalities = municipalities;
		this.identityService = identityService;
	}

	@Transactional
	Organisation add(NewOrganisation input, CurrentUser by) {
		if (!by.has(Role.ADMIN)) {
			throw new NotPermitted("Организации добавляет администратор системы");
		}
		String name = strip(input.name());
		String municipality = strip(input.municipality());
		if (name == null || name.length() > 255) {
			throw new InvalidInput("Укажите название организации — не длиннее 255 символов");
		}
		if (input.kind() == null) {
			throw new InvalidInput("Укажите тип организации: школа, колледж или детский сад");
		}
		if (municipality == null || municipality.length() > 255) {
			throw new InvalidInput("Укажите муниципалитет — не длиннее 255 символов");
		}
		if (input.pupils() == null || input.teachers() == null) {
			throw new InvalidInput("Укажите число обучающихся и педагогов: от них считается охват программой");
		}
		if (organisations.existsByName(name)) {
			throw new StateConflict("Организация «" + name + "» уже есть");
		}
		String tenantId = "org-" + UUID.randomUUID().toString().substring(0, 8);
		Tenant tenant = identityService.newTenant(tenantId);
		tenant.setName(name);
		identityService.saveTenant(tenant);
		Organisation organisation = new Organisation(tenantId, name, input.kind(),
				municipalities.findByName(municipality).orElseGet(() -> municipalities.save(new Municipality(municipality))),
				strip(input.siteUrl()));
		organisation.resize(input.pupils(), input.teachers());
		String address = strip(input.address());
		if (address != null) {
			organisation.moveTo(address);
		}
		return organisations.save(organisation);
	}

	private static String strip(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
