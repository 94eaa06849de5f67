package ru.nastavnik.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.problem.NotFound;
import ru.nastavnik.problem.NotPermitted;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.security.Role;

/**
 * The erasure acts of the person's organisations, for the API and the workspace's page alike. An auditor, the director
 * and the curator see that an act exists — its number, date, reason and how many records it covers — and read the
 * act, which names the participant by number only.
 */
@Service
class ErasureActs {

	static final Set<Role> READERS = Role.ERASURE_ACT_READERS;

	private final ErasureRecords records;

	private final Organisations organisations;

	ErasureActs(ErasureRecords records, Organisations organisations) {
		this.records = records;
		this.organisations = organisations;
	}

	record ActView(Long id, String number, LocalDate actDate, String organisation, String reason, int recordsErased,
			String createdBy, Instant createdAt) {
	}

	static boolean readBy(CurrentUser user) {
		return READERS.stream().anyMatch(user::has);
	}

	private static void requireReader(CurrentUser user) {
		if (!readBy(user)) {
			throw new NotPermitted("Акты об уничтожении персональных данных читают руководитель, куратор и аудитор");
		}
	}

	@Transactional(readOnly = true)
	List<ActView> visibleTo(CurrentUser user) {
		requireReader(user);
		return user.tenantIds().stream()
			.flatMap(tenant -> organisations.findByTenantId(tenant).stream())
			.flatMap(organisation -> records.findSummariesByOrganisationIdOrderById(organisation.getId()).stream()
				.map(act -> new ActView(act.getId(), act.getNumber(), act.getActDate(), organisation.getName(),
						act.getReason(), act.getRecordsErased(), act.getCreatedBy(), act.getCreatedAt())))
			.toList();
	}

	@Transactional(readOnly = true)
	ErasureRecord get(Long id, CurrentUser user) {
		requireReader(user);
		return records.findById(id)
			.filter(found -> organisations.findById(found.getOrganisationId())
				.map(organisation -> user.belongsTo(organisation.getTenantId())).orElse(false))
			.orElseThrow(() -> new NotFound("Акт " + id + " не найден"));
	}
}
