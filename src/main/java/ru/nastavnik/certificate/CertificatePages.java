package ru.nastavnik.certificate;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.participant.AccessLog;
import ru.nastavnik.participant.AccessLogEntry;
import ru.nastavnik.problem.NotPermitted;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeHeading;
import ru.nastavnik.programme.ProgrammeManagement;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.security.Role;
import ru.nastavnik.web.Attachments;
import ru.nastavnik.web.WebPage;

/**
 * «Сертификаты и благодарственные письма» of a programme: who is due one, the documents issued with their PDFs, the
 * issuing for the curator, the working group and the administration; and the public verification page of a
 * document's QR code, open without a login, which says only whether the document is genuine — and the person's name
 * under a consent to publication.
 */
@WebPage
class CertificatePages {

	static final Set<Role> READERS = Set.of(Role.CURATOR, Role.WORKING_GROUP, Role.ADMINISTRATION, Role.DIRECTOR,
			Role.AUDITOR);

	static final Set<Role> ISSUERS = Set.of(Role.CURATOR, Role.WORKING_GROUP, Role.ADMINISTRATION);

	private final ProgrammeManagement programmes;

	private final Certification certification;

	private final AccessLog accessLog;

	CertificatePages(ProgrammeManagement programmes, Certification certification, AccessLog accessLog) {
		this.programmes = programmes;
		this.certification = certification;
		this.accessLog = accessLog;
	}

	@GetMapping("/programmes/{id}/certificates")
	ModelAndView list(@PathVariable Long id, Authentication authentication, HttpServletRequest request) {
		CurrentUser user = CurrentUser.of(authentication);
		Programme programme = programme(id, user, READERS);
		List<Certification.Issued> issued = certification.of(programme);
		long waiting = certification.due(programme).keySet().stream()
			.filter(participant -> issued.stream().noneMatch(found -> participant.getId()
				.equals(found.participantId())))
			.count();
		accessLog.read(issued.stream().map(Certification.Issued::participantId).filter(Objects::nonNull).toList(),
				user.login(), AccessLogEntry.Channel.PAGE, AccessLog.resource(request), AccessLogEntry.Result.GRANTED);
		return new ModelAndView("certificate/list").addObject("programme", ProgrammeHeading.of(programme))
			.addObject("issued", issued).addObject("waiting", waiting)
			.addObject("mayIssue", ISSUERS.stream().anyMatch(user::has));
	}

	@PostMapping("/programmes/{id}/certificates")
	ModelAndView issue(@PathVariable Long id, Authentication authentication, RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.of(authentication);
		Programme programme = programme(id, user, ISSUERS);
		int count = certification.issue(programme, user.login());
		redirect.addFlashAttribute("done", count == 0 ? "Новых документов нет: все, кому они положены, их уже получили"
				: "Выпущено документов: " + count);
		return new ModelAndView("redirect:/programmes/" + id + "/certificates");
	}

	@GetMapping("/programmes/{id}/certificates/{certificateId}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable Long id, @PathVariable Long certificateId,
			Authentication authentication) {
		Programme programme = programme(id, CurrentUser.of(authentication), READERS);
		return Attachments.inline(certification.pdf(programme, certificateId), "certificate-" + certificateId + ".pdf",
				MediaType.APPLICATION_PDF);
	}

	@GetMapping("/programmes/{id}/certificates.pdf")
	ResponseEntity<byte[]> all(@PathVariable Long id, Authentication authentication) {
		Programme programme = programme(id, CurrentUser.of(authentication), READERS);
		return Attachments.inline(certification.pdf(programme), "certificates.pdf", MediaType.APPLICATION_PDF);
	}

	@GetMapping(Certification.VERIFY_PATH + "{code}")
	ModelAndView verify(@PathVariable String code) {
		return certification.verify(code)
			.map(found -> new ModelAndView("certificate/verify").addObject("verification", found))
			.orElseGet(() -> new ModelAndView("certificate/verify", HttpStatus.NOT_FOUND).addObject("unknown", true));
	}

	private Programme programme(Long id, CurrentUser user, Set<Role> roles) {
		Programme programme = programmes.get(id, user);
		if (roles.stream().noneMatch(user::has)) {
			throw new NotPermitted(roles == ISSUERS
					? "Документы выпускают куратор, рабочая группа и администрация организации"
					: "Сертификаты и благодарственные письма видят куратор, рабочая группа, администрация, руководитель "
							+ "и аудитор");
		}
		return programme;
	}
}
