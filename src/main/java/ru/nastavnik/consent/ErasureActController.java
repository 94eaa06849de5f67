package ru.nastavnik.consent;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.problem.NotFound;
import ru.nastavnik.problem.NotPermitted;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.security.Role;

/**
 * The erasure acts of the person's organisations. An auditor sees that an act exists — its number, date, reason and
 * how many records it covers — and reads the act, which names the participant by number only.
 */
@RestController
@RequestMapping("/api/erasure-acts")
@Tag(name = "Акты об уничтожении персональных данных")
class ErasureActController {

	static final Set<Role> READERS = Set.of(Role.AUDITOR, Role.DIRECTOR, Role.CURATOR);

	private final ErasureRecords records;

	private final Organisations organisations;

	ErasureActController(ErasureRecords records, Organisations organisations) {
		this.records = records;
		this.organisations = organisations;
	}

	private static void requireReader(CurrentUser user) {
		if (READERS.stream().noneMatch(user::has)) {
			throw new NotPermitted("Акты об уничтожении персональных данных читают руководитель, куратор и аудитор");
		}
	}

	record ActView(Long id, String number, LocalDate actDate, String organisation, String reason, int recordsErased,
			String createdBy, Instant createdAt) {
	}

	@GetMapping
	@Operation(summary = "Акты об уничтожении персональных данных организаций пользователя")
	@Transactional(readOnly = true)
	List<ActView> list(Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		requireReader(user);
		return user.tenantIds().stream()
			.flatMap(tenant -> organisations.findByTenantId(tenant).stream())
			.flatMap(organisation -> records.findSummariesByOrganisationIdOrderById(organisation.getId()).stream()
				.map(act -> new ActView(act.getId(), act.getNumber(), act.getActDate(), organisation.getName(),
						act.getReason(), act.getRecordsErased(), act.getCreatedBy(), act.getCreatedAt())))
			.toList();
	}

	@GetMapping(value = "/{id}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "Акт с выпиской из журнала регистрации событий (PDF)")
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> pdf(@PathVariable Long id, Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		requireReader(user);
		ErasureRecord act = records.findById(id)
			.filter(found -> organisations.findById(found.getOrganisationId())
				.map(organisation -> user.belongsTo(organisation.getTenantId())).orElse(false))
			.orElseThrow(() -> new NotFound("Акт " + id + " не найден"));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("akt-" + act.getNumber() + ".pdf", StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.APPLICATION_PDF)
			.body(act.getDocument());
	}
}
