package ru.nastavnik.workspace;

import java.util.Comparator;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.security.Role;
import ru.nastavnik.web.WebPage;

/** Gives every page of the workspace the person its frame shows ({@code me}); the login page has nobody yet. */
@ControllerAdvice(annotations = WebPage.class)
class PageFrame {

	private final IdentityService identityService;

	PageFrame(IdentityService identityService) {
		this.identityService = identityService;
	}

	@ModelAttribute("me")
	Me me(Authentication authentication) {
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return null;
		}
		CurrentUser user = CurrentUser.of(authentication);
		User person = identityService.createUserQuery().userId(user.login()).singleResult();
		String name = person == null ? user.login()
				: String.join(" ", List.of(nonNull(person.getLastName()), nonNull(person.getFirstName()))).strip();
		List<String> roles = user.roles().stream().sorted().map(Role::title).toList();
		List<String> organisations = user.tenantIds().isEmpty() ? List.of()
				: identityService.createTenantQuery().tenantIdIn(user.tenantIds().toArray(String[]::new)).list()
					.stream()
					.map(Tenant::getName)
					.sorted(Comparator.naturalOrder())
					.toList();
		return new Me(user.login(), name.isEmpty() ? user.login() : name, roles, organisations,
				user.opens("tasklist"), user.opens("cockpit"), user.opens("admin"),
				user.has(Role.ADMIN) || user.has(Role.MUNICIPAL_ADMIN), Role.PERSON_READERS.stream().anyMatch(user::has), Role.ERASURE_ACT_READERS.stream().anyMatch(user::has),
				!user.tenantIds().isEmpty() && Role.PARTNER_READERS.stream().anyMatch(user::has), user.has(Role.MENTOR));
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}
}
