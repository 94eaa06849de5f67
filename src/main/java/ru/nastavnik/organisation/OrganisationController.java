package ru.nastavnik.organisation;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.security.CurrentUser;

@RestController
@RequestMapping("/api/organisations")
@Tag(name = "Организации", description = "Образовательные организации и их муниципалитеты")
class OrganisationController {

	private final Organisations organisations;

	OrganisationController(Organisations organisations) {
		this.organisations = organisations;
	}

	record OrganisationView(Long id, String name, String kind, String kindTitle, String municipality,
			String siteUrl) {

		static OrganisationView of(Organisation organisation) {
			return new OrganisationView(organisation.getId(), organisation.getName(), organisation.getKind().name(),
					organisation.getKind().title(), organisation.getMunicipality().getName(),
					organisation.getSiteUrl());
		}
	}

	@GetMapping
	@Transactional(readOnly = true)
	@Operation(summary = "Организации, в которых состоит пользователь")
	List<OrganisationView> list(Authentication authentication) {
		return organisations.findByTenantIdInOrderByName(CurrentUser.of(authentication).tenantIds()).stream()
			.map(OrganisationView::of)
			.toList();
	}
}
