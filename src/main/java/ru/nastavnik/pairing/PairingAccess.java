package ru.nastavnik.pairing;

import java.util.Set;

import org.springframework.stereotype.Component;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.problem.NotFound;
import ru.nastavnik.problem.NotPermitted;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeManagement;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.security.Role;

/**
 * Who may see and change a programme's pairs and read its orders on pairs: the people of the programme's own
 * organisation in the roles below. Another organisation's programme or order answers exactly as a missing one, and
 * only then is the role checked.
 */
@Component
class PairingAccess {

	/** Read the proposal: everyone who reads the organisation's programmes and works or checks its pairs. */
	static final Set<Role> PROPOSAL_READERS = Set.of(Role.CURATOR, Role.WORKING_GROUP, Role.DIRECTOR,
			Role.PSYCHOLOGIST, Role.AUDITOR, Role.MUNICIPAL_CURATOR);

	/** Run the matching and change the proposal (roadmap step 18). */
	static final Set<Role> REVIEWERS = Set.of(Role.CURATOR, Role.WORKING_GROUP);

	static final Set<Role> ORDER_READERS = Set.of(Role.CURATOR, Role.WORKING_GROUP, Role.DIRECTOR, Role.AUDITOR);

	private final ProgrammeManagement programmes;

	private final PairingOrders orders;

	private final Organisations organisations;

	PairingAccess(ProgrammeManagement programmes, PairingOrders orders, Organisations organisations) {
		this.programmes = programmes;
		this.orders = orders;
		this.organisations = organisations;
	}

	Programme programme(Long programmeId, CurrentUser user, Set<Role> roles) {
		Programme programme = programmes.get(programmeId, user);
		require(user, roles);
		return programme;
	}

	PairingOrder order(Long orderId, CurrentUser user) {
		PairingOrder order = orders.findById(orderId)
			.filter(found -> organisations.findById(found.getOrganisationId())
				.map(organisation -> user.belongsTo(organisation.getTenantId())).orElse(false))
			.orElseThrow(() -> new NotFound("Приказ " + orderId + " не найден"));
		require(user, ORDER_READERS);
		return order;
	}

	private static void require(CurrentUser user, Set<Role> roles) {
		if (roles.stream().noneMatch(user::has)) {
			throw new NotPermitted("Вашей роли это действие с наставническими парами и приказами о них недоступно");
		}
	}
}
