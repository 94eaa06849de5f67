package ru.nastavnik.organisation;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.problem.InvalidInput;
import ru.nastavnik.problem.NotPermitted;
import ru.nastavnik.problem.StateConflict;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.security.Role;
import ru.nastavnik.web.WebPage;

/** The organisations on the administrator's pages: every organisation with its size, and the form to add one. */
@WebPage
class OrganisationPages {

	private final Organisations organisations;

	private final OrganisationOnboarding onboarding;

	OrganisationPages(Organisations organisations, OrganisationOnboarding onboarding) {
		this.organisations = organisations;
		this.onboarding = onboarding;
	}

	private static final OrganisationOnboarding.NewOrganisation EMPTY = new OrganisationOnboarding.NewOrganisation(
			null, null, null, null, null, null, null);

	@GetMapping("/organisations")
	@Transactional(readOnly = true)
	String list(Authentication authentication, Model model) {
		requireAdministrator(CurrentUser.of(authentication));
		model.addAttribute("organisations", organisations.findAllByOrderByName());
		model.addAttribute("kinds", OrganisationKind.values());
		model.addAttribute("form", EMPTY);
		return "organisation/list";
	}

	@PostMapping("/organisations")
	ModelAndView add(@ModelAttribute OrganisationOnboarding.NewOrganisation form, Authentication authentication,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.of(authentication);
		requireAdministrator(user);
		try {
			Organisation organisation = onboarding.add(form, user);
			redirect.addFlashAttribute("done", "Организация «" + organisation.getName() + "» добавлена");
			return new ModelAndView("redirect:/organisations");
		}
		catch (InvalidInput | StateConflict refused) {
			ModelAndView page = new ModelAndView("organisation/list", HttpStatus.UNPROCESSABLE_ENTITY);
			page.addObject("organisations", organisations.findAllByOrderByName());
			page.addObject("kinds", OrganisationKind.values());
			page.addObject("form", form);
			page.addObject("formError", refused.getMessage());
			return page;
		}
	}

	private static void requireAdministrator(CurrentUser user) {
		if (!user.has(Role.ADMIN)) {
			throw new NotPermitted("Организациями управляет администратор системы");
		}
	}
}
