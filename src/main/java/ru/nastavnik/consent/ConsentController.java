package ru.nastavnik.consent;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.ParticipantAccess;
import ru.nastavnik.participant.ParticipantInput.ReceivedConsent;
import ru.nastavnik.problem.NotFound;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.web.Attachments;

@RestController
@Tag(name = "Согласия", description = "Согласия на обработку и распространение персональных данных, их отзыв")
class ConsentController {

	private final ParticipantAccess access;

	private final ConsentIntake intake;

	private final ConsentRegister consents;

	private final ConsentRevocation revocation;

	private final ConsentBlanks blanks;

	ConsentController(ParticipantAccess access, ConsentIntake intake, ConsentRegister consents,
			ConsentRevocation revocation, ConsentBlanks blanks) {
		this.blanks = blanks;
		this.access = access;
		this.intake = intake;
		this.consents = consents;
		this.revocation = revocation;
	}

	record RecordConsent(@NotNull(message = "Укажите участника (participantId)") Long participantId,
			@NotNull(message = "Укажите цель согласия: PROCESSING (обработка) или PUBLICATION (распространение)")
			ConsentPurpose purpose,
			@NotNull(message = "Укажите дату получения согласия") LocalDate receivedOn,
			@NotNull(message = "Укажите срок действия согласия") LocalDate validUntil,
			@NotBlank(message = "Укажите номер и место хранения подписанного согласия") @Size(max = 255,
					message = "Номер согласия — не длиннее 255 символов") String paperReference) {
	}

	record Revoke(LocalDate revokedOn) {
	}

	record ConsentView(Long id, String number, Long participantId, String purpose, String purposeTitle,
			LocalDate receivedOn, LocalDate validUntil, String paperReference, String acceptedBy, LocalDate revokedOn,
			String revokedBy) {

		static ConsentView of(Consent consent) {
			return new ConsentView(consent.getId(), consent.number(), consent.getParticipantId(),
					consent.getPurpose().name(), consent.getPurpose().title(), consent.getReceivedOn(),
					consent.getValidUntil(), consent.getPaperReference(), consent.getAcceptedBy(),
					consent.getRevokedOn(), consent.getRevokedBy());
		}
	}

	record RevocationView(ConsentView consent, String erasureActNumber, Long erasureActId) {
	}

	@GetMapping("/api/consents")
	@Operation(summary = "Согласия участника")
	List<ConsentView> list(@RequestParam Long participantId, Authentication authentication,
			HttpServletRequest request) {
		Participant participant = access.toRead(participantId, CurrentUser.of(authentication), request);
		return consents.consents(participant).stream().map(ConsentView::of).toList();
	}

	@PostMapping("/api/consents")
	@Operation(summary = "Отметить полученное письменное согласие; ожидающая его задача завершается")
	ResponseEntity<ConsentView> record(@Valid @RequestBody RecordConsent body, Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		Participant participant = access.toWrite(body.participantId(), user);
		Consent consent = intake.receive(participant, body.purpose(),
				new ReceivedConsent(body.receivedOn(), body.validUntil(), body.paperReference()), user.login());
		return ResponseEntity.created(URI.create("/api/consents/" + consent.getId())).body(ConsentView.of(consent));
	}

	@PostMapping("/api/consents/{id}/revocation")
	@Operation(summary = "Отозвать согласие: обработка прекращается, данные уничтожаются, составляется акт")
	RevocationView revoke(@PathVariable Long id, @RequestBody(required = false) Revoke body,
			Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		Consent consent = consents.find(id)
			.orElseThrow(() -> new NotFound("Согласие " + id + " не найдено"));
		try {
			access.toWrite(consent.getParticipantId(), user);
		}
		catch (NotFound e) {
			throw new NotFound("Согласие " + id + " не найдено");
		}
		Optional<ErasureRecord> act = revocation.revoke(id, body == null ? null : body.revokedOn(), user.login());
		return new RevocationView(ConsentView.of(consents.find(id).orElseThrow()),
				act.map(ErasureRecord::getNumber).orElse(null), act.map(ErasureRecord::getId).orElse(null));
	}

	@GetMapping(value = "/api/participants/{id}/consent-form.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "Бланк согласия для печати и подписи (PROCESSING — на обработку, PUBLICATION — на распространение)")
	ResponseEntity<byte[]> consentForm(@PathVariable Long id,
			@RequestParam(defaultValue = "PROCESSING") ConsentPurpose purpose, Authentication authentication,
			HttpServletRequest request) {
		Participant participant = access.toRead(id, CurrentUser.of(authentication), request);
		return Attachments.download(blanks.pdf(participant, purpose), "soglasie-" + participant.getId() + ".pdf",
				MediaType.APPLICATION_PDF);
	}
}
