package ru.nastavnik.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands the person Spring Security authenticated to the engine for the request, so the engine REST API applies
 * authorization and tenant checks. Not a bean: it runs only inside the REST security chain.
 */
class EngineAuthenticationFilter extends OncePerRequestFilter {

	static final String ENGINE_REST = "/engine-rest";

	private final IdentityService identityService;

	EngineAuthenticationFilter(IdentityService identityService) {
		this.identityService = identityService;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + ENGINE_REST);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		CurrentUser user = CurrentUser.of(authentication);
		identityService.setAuthentication(user.login(), List.copyOf(user.groups()), List.copyOf(user.tenantIds()));
		try {
			chain.doFilter(request, response);
		}
		finally {
			identityService.clearAuthentication();
		}
	}
}
