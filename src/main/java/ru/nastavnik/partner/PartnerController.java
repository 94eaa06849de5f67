package ru.nastavnik.partner;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.security.CurrentUser;

/** The organisation's partners for integrations: the same checks and Russian problems as the page. */
@RestController
@RequestMapping("/api/partners")
@Tag(name = "Партнёры", description = "Партнёры организации: их приглашают на итоговое мероприятие программы")
class PartnerController {

	private final PartnerRegister register;

	PartnerController(PartnerRegister register) {
		this.register = register;
	}

	record PartnerInput(Long organisationId, String name, String kind, String contactPerson, String email,
			String phone, String note) {

		PartnerDetails details() {
			return PartnerDetails.read(name, kind, contactPerson, email, phone, note);
		}
	}

	record PartnerView(Long id, Long organisationId, String name, String kind, String kindTitle, String contactPerson,
			String email, String phone, String note) {

		static PartnerView of(Partner partner) {
			return new PartnerView(partner.getId(), partner.getOrganisationId(), partner.getName(),
					partner.getKind().name(), partner.getKind().title(), partner.getContactPerson(), partner.getEmail(),
					partner.getPhone(), partner.getNote());
		}
	}

	@GetMapping
	@Operation(summary = "Партнёры организаций пользователя")
	List<PartnerView> list(Authentication authentication) {
		return register.list(CurrentUser.of(authentication)).stream().map(PartnerView::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "Один партнёр")
	PartnerView get(@PathVariable Long id, Authentication authentication) {
		return PartnerView.of(register.get(id, CurrentUser.of(authentication)));
	}

	@PostMapping
	@Operation(summary = "Добавить партнёра (organisationId можно не указывать, если организация одна)")
	ResponseEntity<PartnerView> add(@RequestBody PartnerInput input, Authentication authentication) {
		Partner partner = register.add(input.organisationId(), input.details(), CurrentUser.of(authentication));
		return ResponseEntity.created(URI.create("/api/partners/" + partner.getId())).body(PartnerView.of(partner));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Изменить партнёра")
	PartnerView update(@PathVariable Long id, @RequestBody PartnerInput input, Authentication authentication) {
		return PartnerView.of(register.update(id, input.details(), CurrentUser.of(authentication)));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Убрать партнёра из списка")
	ResponseEntity<Void> remove(@PathVariable Long id, Authentication authentication) {
		register.remove(id, CurrentUser.of(authentication));
		return ResponseEntity.noContent().build();
	}
}
