package ru.nastavnik.security;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** Checks logins against Camunda's identity service, so the REST doors and the webapps know the same people. */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

	/**
	 * The one answer to a failed sign-in, whatever the reason, so it does not tell whether the login exists. The
	 * engine slows down guessing (each failure holds the login back a few seconds longer) and locks the login after
	 * repeated failures, until an administrator unlocks it in Admin.
	 */
	static final String WRONG = "Неверный логин или пароль. После неудачной попытки вход под этим логином на несколько "
			+ "секунд приостанавливается, а после " + LoginThrottle.MAX_ATTEMPTS + " неудачных попыток подряд "
			+ "блокируется до разблокировки администратором.";

	private final IdentityService identityService;

	CamundaIdentityAuthenticationProvider(IdentityService identityService) {
		this.identityService = identityService;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String login = authentication.getName();
		Object password = authentication.getCredentials();
		if (login == null || password == null || !identityService.checkPassword(login, password.toString())) {
			throw new BadCredentialsException(WRONG);
		}
		List<GrantedAuthority> authorities = new ArrayList<>();
		for (Group group : identityService.createGroupQuery().groupMember(login).list()) {
			authorities.add(new SimpleGrantedAuthority(CurrentUser.GROUP_PREFIX + group.getId()));
		}
		for (Tenant tenant : identityService.createTenantQuery().userMember(login).includingGroupsOfUser(true).list()) {
			authorities.add(new SimpleGrantedAuthority(CurrentUser.TENANT_PREFIX + tenant.getId()));
		}
		return UsernamePasswordAuthenticationToken.authenticated(login, null, authorities);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
