package ru.nastavnik.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The names of the people behind logins, as a page shows who did something («Андрей Попов», not
 * «workgroup-school3»): read from the engine's users when the page is built. A login no user has any more (a person
 * who left) stays as it was recorded.
 */
@Component
public class PeopleNames {

	private final IdentityService identityService;

	PeopleNames(IdentityService identityService) {
		this.identityService = identityService;
	}

	/** The person's first and last name, or the login itself when no user has it (or it names none). */
	public String of(String login) {
		return login == null ? null : of(java.util.List.of(login)).get(login);
	}

	/** The names of the logins, each looked up once. */
	public Map<String, String> of(Collection<String> logins) {
		Map<String, String> names = new HashMap<>();
		String[] wanted = logins.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
		if (wanted.length > 0) {
			for (User user : identityService.createUserQuery().userIdIn(wanted).list()) {
				String name = String.join(" ", nonBlank(user.getFirstName()), nonBlank(user.getLastName())).strip();
				names.put(user.getId(), name.isEmpty() ? user.getId() : name);
			}
		}
		for (String login : wanted) {
			names.putIfAbsent(login, login);
		}
		return names;
	}

	private static String nonBlank(String text) {
		return text == null ? "" : text.strip();
	}
}
