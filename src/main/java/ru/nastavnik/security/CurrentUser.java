package ru.nastavnik.security;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The signed-in person: login, role groups and the tenants (organisations) they belong to. */
public record CurrentUser(String login, Set<String> groups, Set<String> tenantIds) {

	static final String GROUP_PREFIX = "ROLE_";

	static final String TENANT_PREFIX = "TENANT_";

	public static CurrentUser of(Authentication authentication) {
		return new CurrentUser(authentication.getName(), withPrefix(authentication, GROUP_PREFIX),
				withPrefix(authentication, TENANT_PREFIX));
	}

	public boolean has(Role role) {
		return groups.contains(role.groupId());
	}

	/** The person's roles, by their role groups. */
	public Set<Role> roles() {
		return groups.stream().flatMap(group -> Role.ofGroup(group).stream()).collect(Collectors.toUnmodifiableSet());
	}

	/** Whether one of the person's roles may open the Camunda webapp ({@code tasklist}, {@code cockpit}, {@code admin}). */
	public boolean opens(String application) {
		return roles().stream().anyMatch(role -> RoleGroups.opens(role, application));
	}

	public boolean belongsTo(String tenantId) {
		return tenantIds.contains(tenantId);
	}

	private static Set<String> withPrefix(Authentication authentication, String prefix) {
		return authentication.getAuthorities().stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority.startsWith(prefix))
			.map(authority -> authority.substring(prefix.length()))
			.collect(Collectors.toUnmodifiableSet());
	}
}
