package ru.nastavnik.organisation;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.problem.NotPermitted;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.security.Role;

/**
 * Who looks after which organisations — the one place that decides it. The system's administrator looks after all;
 * a municipal administrator, a member of a municipality's education authority ({@link OrganisationKind#AUTHORITY}),
 * after the organisations of that municipality: adds them, invites and manages their people. The municipality's
 * people (its administrators and curators) join each organisation it adds, so a municipal curator sees them all.
 */
@Service
public class OrganisationStewards {

	/** The roles of a municipality's people who join every organisation it adds. */
	static final Set<Role> MUNICIPAL_ROLES = Set.of(Role.MUNICIPAL_ADMIN, Role.MUNICIPAL_CURATOR);

	private final Organisations organisations;

	private final IdentityService identityService;

	OrganisationStewards(Organisations organisations, IdentityService identityService) {
		this.organisations = organisations;
		this.identityService = identityService;
	}

	/** Whether the person may add organisations at all: the administrator, or a municipality's administrator. */
	public boolean onboards(CurrentUser user) {
		return user.has(Role.ADMIN) || !municipalitiesOf(user).isEmpty();
	}

	public void requireOnboarder(CurrentUser user) {
		if (!onboards(user)) {
			throw new NotPermitted("Организации добавляют администратор системы и администраторы муниципалитетов");
		}
	}

	/** The municipalities whose organisations the person looks after (none for the system's administrator: all). */
	@Transactional(readOnly = true)
	public Set<Municipality> municipalitiesOf(CurrentUser user) {
		if (!user.has(Role.MUNICIPAL_ADMIN) || user.tenantIds().isEmpty()) {
			return Set.of();
		}
		return organisations.findByTenantIdInOrderByName(user.tenantIds()).stream()
			.filter(organisation -> organisation.getKind() == OrganisationKind.AUTHORITY)
			.map(Organisation::getMunicipality)
			.collect(Collectors.toUnmodifiableSet());
	}

	/** Whether the person looks after the municipality's organisations. */
	public boolean looksAfter(CurrentUser user, String municipality) {
		return user.has(Role.ADMIN)
				|| municipalitiesOf(user).stream().anyMatch(own -> own.getName().equalsIgnoreCase(municipality));
	}

	/** Whether the person looks after the organisation: adds its people, changes their roles. */
	public boolean looksAfter(CurrentUser user, Organisation organisation) {
		return looksAfter(user, organisation.getMunicipality().getName());
	}

	public void requireLooksAfter(CurrentUser user, Organisation organisation) {
		if (!looksAfter(user, organisation)) {
			throw new NotPermitted("Людей организации «" + organisation.getName() + "» добавляет администратор "
					+ "её муниципалитета или системы");
		}
	}

	/**
	 * Whether the person may change another's roles or membership: the system's administrator anyone's; a municipal
	 * administrator only of someone all of whose organisations they look after, and never their own (roles are the
	 * engine's groups, so a role given in one organisation holds in each of the person's organisations).
	 */
	@Transactional(readOnly = true)
	public void requireLooksAfterPerson(CurrentUser user, String login) {
		if (user.has(Role.ADMIN)) {
			return;
		}
		if (user.login().equals(login)) {
			throw new NotPermitted("Свои роли и участие меняет администратор системы");
		}
		List<String> tenants = identityService.createTenantQuery().userMember(login).list().stream()
			.map(tenant -> tenant.getId())
			.toList();
		if (!tenants.isEmpty() && organisations.findByTenantIdInOrderByName(tenants).stream()
			.anyMatch(organisation -> !looksAfter(user, organisation))) {
			throw new NotPermitted("Пользователь " + login + " состоит и в организациях другого муниципалитета: его "
					+ "роли и участие меняет администратор системы");
		}
	}

	/** The organisations the person looks after, by name. */
	@Transactional(readOnly = true)
	public List<Organisation> lookedAfterBy(CurrentUser user) {
		if (user.has(Role.ADMIN)) {
			return organisations.findAllByOrderByName();
		}
		return municipalitiesOf(user).stream()
			.flatMap(municipality -> organisations.findByMunicipalityIdOrderByName(municipality.getId()).stream())
			.sorted(java.util.Comparator.comparing(Organisation::getName))
			.toList();
	}

	/**
	 * A person of an education authority with a municipal role joins every organisation of its municipality; of any
	 * other organisation, nothing happens.
	 */
	public void joinMunicipality(String login, Organisation authority) {
		if (authority.getKind() != OrganisationKind.AUTHORITY || MUNICIPAL_ROLES.stream().noneMatch(role ->
				identityService.createUserQuery().userId(login).memberOfGroup(role.groupId()).count() > 0)) {
			return;
		}
		for (Organisation organisation : ofMunicipality(authority)) {
			if (identityService.createUserQuery().userId(login).memberOfTenant(organisation.getTenantId())
				.count() == 0) {
				identityService.createTenantUserMembership(organisation.getTenantId(), login);
			}
		}
	}

	/** A person who leaves an education authority leaves the organisations of its municipality too. */
	public void leaveMunicipality(String login, Organisation authority) {
		if (authority.getKind() != OrganisationKind.AUTHORITY) {
			return;
		}
		for (Organisation organisation : ofMunicipality(authority)) {
			if (identityService.createUserQuery().userId(login).memberOfTenant(organisation.getTenantId())
				.count() > 0) {
				identityService.deleteTenantUserMembership(organisation.getTenantId(), login);
			}
		}
	}

	private List<Organisation> ofMunicipality(Organisation authority) {
		return organisations.findByMunicipalityIdOrderByName(authority.getMunicipality().getId()).stream()
			.filter(organisation -> !organisation.getId().equals(authority.getId()))
			.toList();
	}

	/**
	 * A new organisation of the municipality: the people of its education authority with a municipal role join it,
	 * so the municipal curator sees it and its administrator can add its people.
	 */
	void welcomeMunicipalPeople(Organisation organisation) {
		organisations.findByMunicipalityIdOrderByName(organisation.getMunicipality().getId()).stream()
			.filter(authority -> authority.getKind() == OrganisationKind.AUTHORITY)
			.filter(authority -> !authority.getId().equals(organisation.getId()))
			.flatMap(authority -> identityService.createUserQuery().memberOfTenant(authority.getTenantId()).list()
				.stream())
			.map(User::getId)
			.distinct()
			.filter(login -> MUNICIPAL_ROLES.stream().anyMatch(role -> identityService.createUserQuery()
				.userId(login).memberOfGroup(role.groupId()).count() > 0))
			.filter(login -> identityService.createUserQuery().userId(login)
				.memberOfTenant(organisation.getTenantId()).count() == 0)
			.forEach(login -> identityService.createTenantUserMembership(organisation.getTenantId(), login));
	}
}
