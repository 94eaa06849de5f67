package ru.nastavnik.staff;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.organisation.Organisation;
import ru.nastavnik.problem.DomainProblem;
import ru.nastavnik.problem.InvalidInput;
import ru.nastavnik.problem.StateConflict;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.security.Role;
import ru.nastavnik.web.WebPage;

/**
 * The people of an organisation on the administrator's page, with the form that adds one and sends the invitation;
 * and the invitation's own page, open without a login, where the person sets their password once.
 */
@WebPage
class StaffPages {

	private final StaffAccounts accounts;

	StaffPages(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	/** The form as it was filled, to show it again next to the reason it was refused. */
	record StaffForm(String login, String lastName, String firstName, String email, Set<Role> roles) {

		static final StaffForm EMPTY = new StaffForm(null, null, null, null, Set.of());
	}

	@GetMapping("/organisations/{id}/staff")
	String staff(@PathVariable Long id, Authentication authentication, Model model) {
		Organisation organisation = accounts.organisation(id, CurrentUser.of(authentication));
		fill(model.asMap(), organisation, StaffForm.EMPTY);
		return "staff/list";
	}

	@PostMapping("/organisations/{id}/staff")
	ModelAndView invite(@PathVariable Long id, @RequestParam(required = false) String login,
			@RequestParam(required = false) String lastName, @RequestParam(required = false) String firstName,
			@RequestParam(required = false) String email, @RequestParam(required = false) List<Role> roles,
			Authentication authentication, RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.of(authentication);
		Organisation organisation = accounts.organisation(id, user);
		Set<Role> chosen = chosen(roles);
		try {
			accounts.invite(id, new StaffAccounts.NewStaff(login, lastName, firstName, email, chosen), user);
			redirect.addFlashAttribute("done", "Пользователь " + login.strip() + " добавлен; приглашение задать пароль "
					+ "отправлено на " + email.strip());
			return new ModelAndView("redirect:/organisations/" + id + "/staff");
		}
		catch (InvalidInput | StateConflict refused) {
			ModelAndView page = new ModelAndView("staff/list", HttpStatus.UNPROCESSABLE_ENTITY);
			fill(page.getModel(), organisation, new StaffForm(login, lastName, firstName, email, chosen));
			page.addObject("formError", refused.getMessage());
			return page;
		}
	}

	/** Adds a person who already has an account, by login: no invitation. */
	@PostMapping("/organisations/{id}/staff/existing")
	ModelAndView addExisting(@PathVariable Long id, @RequestParam(required = false) String login,
			@RequestParam(required = false) List<Role> roles, Authentication authentication,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.of(authentication);
		Organisation organisation = accounts.organisation(id, user);
		Set<Role> chosen = chosen(roles);
		try {
			accounts.addExisting(id, login, chosen, user);
			redirect.addFlashAttribute("done", "Пользователь " + login.strip() + " добавлен в организацию; "
					+ "он входит со своим прежним паролем");
			return new ModelAndView("redirect:/organisations/" + id + "/staff");
		}
		catch (InvalidInput | StateConflict refused) {
			ModelAndView page = new ModelAndView("staff/list", HttpStatus.UNPROCESSABLE_ENTITY);
			fill(page.getModel(), organisation, StaffForm.EMPTY);
			page.addObject("existing", new StaffForm(login, null, null, null, chosen));
			page.addObject("existingError", refused.getMessage());
			return page;
		}
	}

	/** One person of the organisation: their roles to change, and the way to take them out of it. */
	@GetMapping("/organisations/{id}/staff/{login}")
	String member(@PathVariable Long id, @PathVariable String login, Authentication authentication, Model model) {
		Organisation organisation = accounts.organisation(id, CurrentUser.of(authentication));
		StaffAccounts.Member member = accounts.member(organisation, login);
		fillMember(model.asMap(), organisation, member, member.organisationRoles());
		return "staff/member";
	}

	@PostMapping("/organisations/{id}/staff/{login}/roles")
	ModelAndView changeRoles(@PathVariable Long id, @PathVariable String login,
			@RequestParam(required = false) List<Role> roles, Authentication authentication,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.of(authentication);
		Organisation organisation = accounts.organisation(id, user);
		Set<Role> chosen = chosen(roles);
		try {
			accounts.changeRoles(id, login, chosen, user);
			redirect.addFlashAttribute("done", "Роли пользователя " + login + " изменены");
			return new ModelAndView("redirect:/organisations/" + id + "/staff/" + login);
		}
		catch (InvalidInput refused) {
			ModelAndView page = new ModelAndView("staff/member", HttpStatus.UNPROCESSABLE_ENTITY);
			fillMember(page.getModel(), organisation, accounts.member(organisation, login), chosen);
			page.addObject("rolesError", refused.getMessage());
			return page;
		}
	}

	/** Asks first: what taking the person out of the organisation means. */
	@GetMapping("/organisations/{id}/staff/{login}/removal")
	String removal(@PathVariable Long id, @PathVariable String login, Authentication authentication, Model model) {
		Organisation organisation = accounts.organisation(id, CurrentUser.of(authentication));
		model.addAttribute("organisation", organisation);
		model.addAttribute("member", accounts.member(organisation, login));
		return "staff/removal";
	}

	@PostMapping("/organisations/{id}/staff/{login}/removal")
	String remove(@PathVariable Long id, @PathVariable String login, Authentication authentication,
			RedirectAttributes redirect) {
		accounts.remove(id, login, CurrentUser.of(authentication));
		redirect.addFlashAttribute("done", "Пользователь " + login + " больше не состоит в организации");
		return "redirect:/organisations/" + id + "/staff";
	}

	private static Set<Role> chosen(List<Role> roles) {
		return roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
	}

	private void fill(Map<String, Object> model, Organisation organisation, StaffForm form) {
		model.put("organisation", organisation);
		model.put("members", accounts.members(organisation));
		model.put("roles", StaffAccounts.rolesOf(organisation));
		model.put("form", form);
		model.putIfAbsent("existing", StaffForm.EMPTY);
	}

	private static void fillMember(Map<String, Object> model, Organisation organisation, StaffAccounts.Member member,
			Set<Role> chosen) {
		model.put("organisation", organisation);
		model.put("member", member);
		model.put("roles", StaffAccounts.rolesOf(organisation));
		model.put("chosen", chosen);
	}

	@GetMapping("/invitation/{token}")
	ModelAndView invitation(@PathVariable String token) {
		try {
			return new ModelAndView("staff/invitation").addObject("login", accounts.loginOf(token))
				.addObject("token", token);
		}
		catch (DomainProblem refused) {
			return new ModelAndView("staff/invitation", HttpStatus.GONE).addObject("refusal", refused.getMessage());
		}
	}

	@PostMapping("/invitation/{token}")
	ModelAndView accept(@PathVariable String token, @RequestParam(required = false) String password,
			@RequestParam(required = false) String repeated) {
		try {
			accounts.acceptWith(token, password, repeated);
			return new ModelAndView("redirect:/login?invited");
		}
		catch (InvalidInput weak) {
			return new ModelAndView("staff/invitation", HttpStatus.UNPROCESSABLE_ENTITY)
				.addObject("login", accounts.loginOf(token))
				.addObject("token", token)
				.addObject("formError", weak.getMessage());
		}
		catch (DomainProblem refused) {
			return new ModelAndView("staff/invitation", HttpStatus.GONE).addObject("refusal", refused.getMessage());
		}
	}
}
