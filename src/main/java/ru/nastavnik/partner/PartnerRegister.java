package ru.nastavnik.partner;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organisation.Organisation;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.problem.NotFound;
import ru.nastavnik.problem.NotPermitted;
import ru.nastavnik.problem.StateConflict;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.security.Role;

/**
 * The partners of the person's organisations: read by the organisation's administration, curator, working group and
 * auditor; kept by the administration, the director and the curator. Another organisation's partner reads as missing.
 */
@Service
public class PartnerRegister {

	static final Set<Role> READERS = Role.PARTNER_READERS;

	static final Set<Role> KEEPERS = Set.of(Role.ADMINISTRATION, Role.DIRECTOR, Role.CURATOR);

	private final Partners partners;

	private final Organisations organisations;

	private final Clock clock;

	PartnerRegister(Partners partners, Organisations organisations, Clock clock) {
		this.partners = partners;
		this.organisations = organisations;
		this.clock = clock;
	}

	/** The person's organisations, whose partners they see. */
	@Transactional(readOnly = true)
	public List<Organisation> organisations(CurrentUser user) {
		require(user, READERS);
		return user.tenantIds().isEmpty() ? List.of() : organisations.findByTenantIdInOrderByName(user.tenantIds());
	}

	@Transactional(readOnly = true)
	public List<Partner> list(CurrentUser user) {
		return partners.findByOrganisationIdInOrderByName(organisations(user).stream().map(Organisation::getId)
			.toList());
	}

	/** The partners of one organisation, as the invitations of its programme read them. */
	@Transactional(readOnly = true)
	public List<Partner> of(Organisation organisation) {
		return partners.findByOrganisationIdInOrderByName(List.of(organisation.getId()));
	}

	@Transactional(readOnly = true)
	public Partner get(Long id, CurrentUser user) {
		List<Long> own = organisations(user).stream().map(Organisation::getId).toList();
		return partners.findById(id).filter(partner -> own.contains(partner.getOrganisationId()))
			.orElseThrow(() -> new NotFound("Партнёр № " + id + " не найден"));
	}

	@Transactional
	public Partner add(Long organisationId, PartnerDetails details, CurrentUser user) {
		require(user, KEEPERS);
		Organisation organisation = organisations(user).stream()
			.filter(own -> organisationId == null || own.getId().equals(organisationId)).findFirst()
			.orElseThrow(() -> new NotFound("Организация " + organisationId + " не найдена"));
		requireNew(organisation.getId(), details.name());
		return partners.save(new Partner(organisation.getId(), details, clock.instant(), user.login()));
	}

	@Transactional
	public Partner update(Long id, PartnerDetails details, CurrentUser user) {
		require(user, KEEPERS);
		Partner partner = get(id, user);
		if (!partner.getName().equalsIgnoreCase(details.name())) {
			requireNew(partner.getOrganisationId(), details.name());
		}
		partner.update(details, clock.instant(), user.login());
		return partner;
	}

	@Transactional
	public void remove(Long id, CurrentUser user) {
		require(user, KEEPERS);
		partners.delete(get(id, user));
	}

	public static boolean keeps(CurrentUser user) {
		return KEEPERS.stream().anyMatch(user::has);
	}

	private void requireNew(Long organisationId, String name) {
		if (partners.existsByOrganisationIdAndNameIgnoreCase(organisationId, name)) {
			throw new StateConflict("Партнёр «" + name + "» уже есть в списке организации");
		}
	}

	private static void require(CurrentUser user, Set<Role> roles) {
		if (roles.stream().noneMatch(user::has)) {
			throw new NotPermitted(roles == KEEPERS
					? "Список партнёров ведут администрация, руководитель и куратор организации"
					: "Партнёров организации видят администрация, руководитель, куратор, рабочая группа и аудитор");
		}
	}
}
