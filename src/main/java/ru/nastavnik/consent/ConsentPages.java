package ru.nastavnik.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.ParticipantAccess;
import ru.nastavnik.participant.ParticipantInput.ReceivedConsent;
import ru.nastavnik.problem.DomainProblem;
import ru.nastavnik.problem.NotFound;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.web.WebPage;

/**
 * Consents on the workspace's pages: marking a signed consent received (from the participant's card), revoking one
 * after a page that says exactly what will stop and what will be erased, and the erasure acts. The same services and
 * rules as {@code /api/consents} and {@code /api/erasure-acts}.
 */
@WebPage
class ConsentPages {

	private final ParticipantAccess access;

	private final ConsentIntake intake;

	private final ConsentRegister consents;

	private final ConsentRevocation revocation;

	private final ErasureActs acts;

	private final Clock clock;

	ConsentPages(ParticipantAccess access, ConsentIntake intake, ConsentRegister consents,
			ConsentRevocation revocation, ErasureActs acts, Clock clock) {
		this.access = access;
		this.intake = intake;
		this.consents = consents;
		this.revocation = revocation;
		this.acts = acts;
		this.clock = clock;
	}

	@PostMapping("/participants/{id}/consents")
	String receive(@PathVariable Long id, @RequestParam ConsentPurpose purpose,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
			@RequestParam(required = false) String paperReference, Authentication authentication,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.of(authentication);
		Participant participant = access.toWrite(id, user);
		try {
			Consent consent = intake.receive(participant, purpose,
					new ReceivedConsent(receivedOn, validUntil, paperReference), user.login());
			redirect.addFlashAttribute("done", "Согласие № " + consent.number() + " отмечено как полученное");
		}
		catch (DomainProblem refused) {
			redirect.addFlashAttribute("failed", refused.getMessage());
		}
		return "redirect:/participants/" + id + "#consents";
	}

	/** What a revocation will do, said before it is done. */
	@GetMapping("/consents/{id}/revocation")
	String confirm(@PathVariable Long id, Authentication authentication, Model model) {
		Consent consent = writable(id, CurrentUser.of(authentication));
		Participant participant = access.toWrite(consent.getParticipantId(), CurrentUser.of(authentication));
		List<String> erased = new ArrayList<>();
		if (consent.getPurpose() == ConsentPurpose.PROCESSING) {
			erased.addAll(PersonalDataErasure.DATA_CATEGORIES);
			if (participant.getRepresentative() != null) {
				erased.add(PersonalDataErasure.REPRESENTATIVE_DATA);
			}
		}
		model.addAttribute("consent", consent);
		model.addAttribute("participantId", participant.getId());
		model.addAttribute("participantName", participant.displayName());
		model.addAttribute("erased", erased);
		model.addAttribute("today", LocalDate.now(clock));
		return "consent/revocation";
	}

	@PostMapping("/consents/{id}/revocation")
	String revoke(@PathVariable Long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate revokedOn,
			Authentication authentication, RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.of(authentication);
		Consent consent = writable(id, user);
		try {
			Optional<ErasureRecord> act = revocation.revoke(id, revokedOn, user.login());
			if (act.isPresent()) {
				redirect.addFlashAttribute("done", "Согласие № " + consent.number() + " отозвано, обработка данных "
						+ "прекращена, данные уничтожены; составлен акт № " + act.get().getNumber());
				return "redirect:/erasure-acts";
			}
			redirect.addFlashAttribute("done", "Согласие № " + consent.number() + " отозвано: распространение данных "
					+ "прекращено");
		}
		catch (DomainProblem refused) {
			redirect.addFlashAttribute("failed", refused.getMessage());
		}
		return "redirect:/participants/" + consent.getParticipantId() + "#consents";
	}

	@GetMapping("/erasure-acts")
	String acts(Authentication authentication, Model model) {
		model.addAttribute("acts", acts.visibleTo(CurrentUser.of(authentication)));
		return "consent/erasure-acts";
	}

	/** The consent, if the person may change its participant's record; another organisation's reads as missing. */
	private Consent writable(Long id, CurrentUser user) {
		Consent consent = consents.find(id).orElseThrow(() -> new NotFound("Согласие " + id + " не найдено"));
		try {
			access.toWrite(consent.getParticipantId(), user);
		}
		catch (NotFound e) {
			throw new NotFound("Согласие " + id + " не найдено");
		}
		return consent;
	}
}
