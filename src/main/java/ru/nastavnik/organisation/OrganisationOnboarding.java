package ru.nastavnik.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.security.Role;

/**
 * A new organisation joins, without SQL: its record with the figures coverage is counted against, its municipality
 * (added the first time it is named) and its tenant in the engine — in one transaction. The role groups, their
 * grants and the Tasklist filters are shared by every organisation and narrowed to its own by tenant membership, so
 * nothing else is created; its people join it when they are added to it.
 * <p>
 * One place decides: {@link #check} says what is wrong with an organisation as filled in, for the form and for every
 * row of an uploaded list alike, and {@link #requireAdministrator} who may add organisations at all.
 */
@Service
class OrganisationOnboarding {

	static final int MAX_NAME_LENGTH = 255;

	static final int MAX_ADDRESS_LENGTH = 512;

	/** What a person fills in to add an organisation. */
	record NewOrganisation(String name, OrganisationKind kind, String municipality, String siteUrl, String address,
			Integer pupils, Integer teachers, OrganisationZone zone) {

		/** Where it is; Moscow time when not said (a list loaded from a file). */
		public OrganisationZone zoneOrMoscow() {
			return zone == null ? OrganisationZone.MOSCOW : zone;
		}
	}

	/** The fields of a new organisation, each refused on its own. */
	enum Field {
		NAME, KIND, MUNICIPALITY, SITE_URL, ADDRESS, PUPILS, TEACHERS
	}

	/** Why one field of a new organisation is refused, in Russian. */
	record Refusal(Field field, String message) {
	}

	private final Organisations organisations;

	private final Municipalities municipalities;

	private final IdentityService identityService;

	private final OrganisationStewards stewards;

	OrganisationOnboarding(Organisations organisations, Municipalities municipalities,
			IdentityService identityService, OrganisationStewards stewards) {
		this.organisations = organisations;
		this.municipalities = municipalities;
		this.identityService = identityService;
		this.stewards = stewards;
	}

	/** Who may add organisations, one by one or from a list: {@link OrganisationStewards} decides. */
	void requireOnboarder(CurrentUser user) {
		stewards.requireOnboarder(user);
	}

	/**
	 * Every reason the organisation cannot be added as it is filled in, by this person; empty when it can. A
	 * municipality's administrator adds organisations of their own municipality only.
	 */
	@Transactional(readOnly = true)
	List<Refusal> check(NewOrganisation input, CurrentUser by) {
		List<Refusal> refusals = new ArrayList<>();
		String name = strip(input.name());
		if (name == null) {
			refusals.add(new Refusal(Field.NAME, "Укажите название организации"));
		}
		else if (name.length() > MAX_NAME_LENGTH) {
			refusals.add(new Refusal(Field.NAME, "Название длиннее " + MAX_NAME_LENGTH + " символов"));
		}
		else if (organisations.existsByNameIgnoreCase(name)) {
			refusals.add(new Refusal(Field.NAME, "Организация «" + name + "» уже есть"));
		}
		if (input.kind() == null) {
			refusals.add(new Refusal(Field.KIND, "Укажите тип организации: " + OrganisationKind.HINT));
		}
		else if (!input.kind().runsProgrammes() && !by.has(Role.ADMIN)) {
			refusals.add(new Refusal(Field.KIND, "Орган управления образованием добавляет администратор системы"));
		}
		String municipality = strip(input.municipality());
		if (municipality == null) {
			refusals.add(new Refusal(Field.MUNICIPALITY, "Укажите муниципалитет"));
		}
		else if (municipality.length() > MAX_NAME_LENGTH) {
			refusals.add(new Refusal(Field.MUNICIPALITY, "Муниципалитет длиннее " + MAX_NAME_LENGTH + " символов"));
		}
		else if (!stewards.looksAfter(by, municipality)) {
			refusals.add(new Refusal(Field.MUNICIPALITY, "Вы добавляете организации своего муниципалитета: "
					+ stewards.municipalitiesOf(by).stream().map(Municipality::getName).sorted()
						.collect(java.util.stream.Collectors.joining(", "))));
		}
		String site = strip(input.siteUrl());
		if (site != null && (site.length() > MAX_NAME_LENGTH || !site.matches("(?i)https?://[^\\s/]+\\.[^\\s]+"))) {
			refusals.add(new Refusal(Field.SITE_URL,
					"Адрес сайта — полный адрес вроде https://school3.ru, не длиннее " + MAX_NAME_LENGTH + " символов"));
		}
		String address = strip(input.address());
		if (address != null && address.length() > MAX_ADDRESS_LENGTH) {
			refusals.add(new Refusal(Field.ADDRESS, "Адрес длиннее " + MAX_ADDRESS_LENGTH + " символов"));
		}
		count(input.pupils(), Field.PUPILS, "обучающихся", refusals);
		count(input.teachers(), Field.TEACHERS, "педагогов", refusals);
		return refusals;
	}

	private static void count(Integer value, Field field, String whom, List<Refusal> refusals) {
		if (value == null) {
			refusals.add(new Refusal(field, "Укажите число " + whom + ": от него считается охват программой"));
		}
		else if (value < 0) {
			refusals.add(new Refusal(field, "Число " + whom + " не может быть отрицательным"));
		}
	}

	/** Adds one organisation, as the form filled it in. */
	@Transactional
	Organisation add(NewOrganisation input, CurrentUser by) {
		requireOnboarder(by);
		return create(input, by);
	}

	/** Adds every organisation of a list, or none: all in one transaction, each checked as the form is. */
	@Transactional
	List<Organisation> addAll(List<NewOrganisation> inputs, CurrentUser by) {
		requireOnboarder(by);
		return inputs.stream().map(input -> create(input, by)).toList();
	}

	private Organisation create(NewOrganisation input, CurrentUser by) {
		List<Refusal> refusals = check(input, by);
		if (!refusals.isEmpty()) {
			throw new OrganisationRefused(refusals);
		}
		String name = strip(input.name());
		String municipality = strip(input.municipality());
		String tenantId = "org-" + UUID.randomUUID().toString().substring(0, 8);
		Tenant tenant = identityService.newTenant(tenantId);
		tenant.setName(name);
		identityService.saveTenant(tenant);
		Organisation organisation = new Organisation(tenantId, name, input.kind(),
				municipalities.findFirstByNameIgnoreCase(municipality).orElseGet(() -> municipalities.save(new Municipality(municipality))),
				strip(input.siteUrl()));
		organisation.resize(input.pupils(), input.teachers());
		organisation.moveToZone(input.zoneOrMoscow());
		String address = strip(input.address());
		if (address != null) {
			organisation.moveTo(address);
		}
		Organisation saved = organisations.save(organisation);
		stewards.welcomeMunicipalPeople(saved);
		return saved;
	}

	private static String strip(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
