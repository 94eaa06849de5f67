package ru.nastavnik.consent;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.web.Attachments;

/**
 * The erasure acts of the person's organisations. An auditor sees that an act exists — its number, date, reason and
 * how many records it covers — and reads the act, which names the participant by number only.
 */
@RestController
@RequestMapping("/api/erasure-acts")
@Tag(name = "Акты об уничтожении персональных данных")
class ErasureActController {

	private final ErasureActs acts;

	ErasureActController(ErasureActs acts) {
		this.acts = acts;
	}

	@GetMapping
	@Operation(summary = "Акты об уничтожении персональных данных организаций пользователя")
	@Transactional(readOnly = true)
	List<ErasureActs.ActView> list(Authentication authentication) {
		return acts.visibleTo(CurrentUser.of(authentication));
	}

	@GetMapping(value = "/{id}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "Акт с выпиской из журнала регистрации событий (PDF)")
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> pdf(@PathVariable Long id, Authentication authentication) {
		ErasureRecord act = acts.get(id, CurrentUser.of(authentication));
		return Attachments.download(act.getDocument(), "akt-" + act.getNumber() + ".pdf", MediaType.APPLICATION_PDF);
	}
}
