package ru.nastavnik.security;

import java.util.Locale;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Outside the demo there are no default passwords: the administrator comes from configuration
 * ({@code NASTAVNIK_ADMIN_LOGIN}, {@code NASTAVNIK_ADMIN_PASSWORD}), and start-up is refused while the password is weak.
 */
@Component
@Profile("!default")
@Order(0)
class AdministratorAccount implements ApplicationRunner {

	static final int MIN_LENGTH = PasswordPolicy.MIN_LENGTH;

	private final String login;

	private final String password;

	private final IdentityService identityService;

	AdministratorAccount(@Value("${nastavnik.admin.login:}") String login,
			@Value("${nastavnik.admin.password:}") String password, IdentityService identityService) {
		this.login = login.strip();
		this.password = password;
		this.identityService = identityService;
		String refusal = refusal(this.login, password);
		if (refusal != null) {
			throw new IllegalStateException("Запуск отклонён: " + refusal);
		}
	}

	/** Why this login and password cannot be the administrator's, or {@code null} when they can. */
	static String refusal(String login, String password) {
		if (login.isEmpty()) {
			return "не задан логин администратора (переменная окружения NASTAVNIK_ADMIN_LOGIN)";
		}
		if (password == null || password.isEmpty()) {
			return "не задан пароль администратора (переменная окружения NASTAVNIK_ADMIN_PASSWORD)";
		}
		String weak = PasswordPolicy.refusal(login, password);
		return weak == null ? null : weak.replaceFirst("^Пароль", "пароль администратора");
	}

	@Override
	public void run(ApplicationArguments args) {
		if (identityService.createUserQuery().userId(login).count() == 0) {
			User user = identityService.newUser(login);
			user.setFirstName("Администратор");
			user.setLastName("Системы");
			user.setPassword(password);
			identityService.saveUser(user);
		}
		if (identityService.createUserQuery().userId(login).memberOfGroup(Role.ADMIN.groupId()).count() == 0) {
			identityService.createMembership(login, Role.ADMIN.groupId());
		}
	}
}
