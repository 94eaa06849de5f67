package ru.nastavnik.partner;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.problem.InvalidInput;
import ru.nastavnik.problem.StateConflict;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.web.WebPage;

/**
 * «Партнёры организации»: the list with the form that adds one, and each partner's page to change or remove it; a
 * refused form comes back filled, with the reason in Russian (422).
 */
@WebPage
class PartnerPages {

	private final PartnerRegister register;

	PartnerPages(PartnerRegister register) {
		this.register = register;
	}

	@GetMapping("/partners")
	ModelAndView list(Authentication authentication) {
		return list(CurrentUser.of(authentication), Map.of(), HttpStatus.OK);
	}

	@PostMapping("/partners")
	ModelAndView add(@RequestParam Map<String, String> form, Authentication authentication,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.of(authentication);
		try {
			Partner partner = register.add(organisation(form), details(form), user);
			redirect.addFlashAttribute("done", "Партнёр «" + partner.getName() + "» добавлен");
			return new ModelAndView("redirect:/partners");
		}
		catch (InvalidInput | StateConflict refused) {
			return list(user, form, HttpStatus.UNPROCESSABLE_ENTITY).addObject("formError", refused.getMessage());
		}
	}

	@GetMapping("/partners/{id}")
	ModelAndView partner(@PathVariable Long id, Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		Partner partner = register.get(id, user);
		return page(user, partner, Map.of("name", partner.getName(), "kind", partner.getKind().name(),
				"contactPerson", value(partner.getContactPerson()), "email", value(partner.getEmail()), "phone",
				value(partner.getPhone()), "note", value(partner.getNote())), HttpStatus.OK);
	}

	@PostMapping("/partners/{id}")
	ModelAndView update(@PathVariable Long id, @RequestParam Map<String, String> form, Authentication authentication,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.of(authentication);
		Partner partner = register.get(id, user);
		try {
			register.update(id, details(form), user);
			redirect.addFlashAttribute("done", "Партнёр «" + partner.getName() + "» изменён");
			return new ModelAndView("redirect:/partners");
		}
		catch (InvalidInput | StateConflict refused) {
			return page(user, partner, form, HttpStatus.UNPROCESSABLE_ENTITY).addObject("formError",
					refused.getMessage());
		}
	}

	@PostMapping("/partners/{id}/removal")
	ModelAndView remove(@PathVariable Long id, Authentication authentication, RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.of(authentication);
		String name = register.get(id, user).getName();
		register.remove(id, user);
		redirect.addFlashAttribute("done", "Партнёр «" + name + "» убран из списка");
		return new ModelAndView("redirect:/partners");
	}

	private ModelAndView list(CurrentUser user, Map<String, String> given, HttpStatus status) {
		return new ModelAndView("partner/list", status).addObject("partners", register.list(user))
			.addObject("organisations", register.organisations(user)).addObject("kinds", PartnerKind.values())
			.addObject("given", given).addObject("mayKeep", PartnerRegister.keeps(user));
	}

	private ModelAndView page(CurrentUser user, Partner partner, Map<String, String> given, HttpStatus status) {
		return new ModelAndView("partner/partner", status).addObject("partner", partner)
			.addObject("kinds", PartnerKind.values()).addObject("given", given)
			.addObject("mayKeep", PartnerRegister.keeps(user));
	}

	private static PartnerDetails details(Map<String, String> form) {
		return PartnerDetails.read(form.get("name"), form.get("kind"), form.get("contactPerson"), form.get("email"),
				form.get("phone"), form.get("note"));
	}

	private static Long organisation(Map<String, String> form) {
		String raw = form.get("organisationId");
		try {
			return raw == null || raw.isBlank() ? null : Long.valueOf(raw.strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidInput("Выберите организацию из списка");
		}
	}

	private static String value(String text) {
		return text == null ? "" : text;
	}
}
