package ru.nastavnik.security;

import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import ru.nastavnik.web.Problems;

/**
 * One login, two kinds of door. The REST door ({@code /api/**}, {@code /engine-rest/**}) is for integrations: HTTP
 * Basic on every request, problem JSON; it never makes a session, but takes the one a signed-in browser brings (the
 * pages link to its documents). People sign in once on the login page ({@link SignInPage}); the
 * same session opens the Camunda webapps and the workspace's pages, and signing out of either signs out of both.
 */
@Configuration
class SecurityConfiguration {

	/**
	 * 401 with problem JSON and the challenge HTTP requires, for a missing or wrong login alike. A person whose browser
	 * session ended while they followed a link from a page (a PDF) goes to the login page instead.
	 */
	private static final AuthenticationEntryPoint SIGN_IN_FIRST = (request, response, e) -> {
		if (request.getHeader(HttpHeaders.AUTHORIZATION) == null && request.getRequestedSessionId() != null
				&& "GET".equals(request.getMethod())) {
			response.sendRedirect(request.getContextPath() + SignInPage.PATH + "?expired");
			return;
		}
		response.setHeader("WWW-Authenticate", "Basic realm=\"nastavnik\", charset=\"UTF-8\"");
		Problems.write(request, response, HttpStatus.UNAUTHORIZED, "Требуется вход",
				"Войдите: передайте логин и пароль (HTTP Basic)");
	};

	/**
	 * The REST door takes a person's browser session too, so the pages link to the same documents and read the same
	 * data as integrations; a change made with the session (not with HTTP Basic) needs the page's CSRF token.
	 */
	private static final RequestMatcher CHANGE_BY_SESSION = request -> request.getHeader(HttpHeaders.AUTHORIZATION) == null
			&& request.getRequestedSessionId() != null && !Set.of("GET", "HEAD", "OPTIONS").contains(request.getMethod());

	@Bean
	@Order(1)
	SecurityFilterChain restDoor(HttpSecurity http, IdentityService identityService, TaskService taskService,
			RuntimeService runtimeService, HistoryService historyService) throws Exception {
		// path matchers that do not depend on Spring MVC: the engine REST API is a Jersey servlet of its own
		http.securityMatcher(new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
				PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**")))
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(SIGN_IN_FIRST))
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint(SIGN_IN_FIRST)
				.accessDeniedHandler((request, response, e) -> Problems.write(request, response,
						HttpStatus.FORBIDDEN, "Доступ запрещён", "У вашей роли нет прав на это действие")))
			// a session is used when the browser has one, never made here
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.csrf(csrf -> csrf.requireCsrfProtectionMatcher(CHANGE_BY_SESSION))
			.addFilterAfter(new EngineAuthenticationFilter(identityService, taskService, runtimeService,
					historyService), AuthorizationFilter.class);
		return http.build();
	}

	/** The session's cookie, gone with the session on signing out (an ended session is not taken for an expired one). */
	private static final String SESSION_COOKIE = "JSESSIONID";

	/** Camunda's own login, made unnecessary by the one login: refused, so there is no second way in. */
	private static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/*/login/*";

	/** The webapps' «Выйти»: the one logout, so leaving Tasklist leaves everything. */
	private static final String WEBAPP_LOGOUT = "/camunda/api/admin/auth/user/*/logout";

	private static PathPatternRequestMatcher path(String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(pattern);
	}

	private static PathPatternRequestMatcher post(String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, pattern);
	}

	/**
	 * The Camunda webapps (Tasklist, Cockpit, Admin) behind the one login. Spring Security signs the person in;
	 * {@link #containerBasedAuthentication()} hands them to the webapps. The webapps keep their own CSRF protection
	 * (the {@code XSRF-TOKEN} cookie their scripts send back) and their own content security policy; their API answers
	 * 401 to a request without a session, their pages send the person to the login page.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain webapps(HttpSecurity http, SignInPage signInPage) throws Exception {
		HttpSessionRequestCache pagesOnly = new HttpSessionRequestCache();
		// after signing in the person returns to the page they asked for, never to a call of the webapps' scripts
		pagesOnly.setRequestMatcher(new NegatedRequestMatcher(path("/camunda/api/**")));
		http.securityMatcher(path("/camunda/**"))
			.requestCache(cache -> cache.requestCache(pagesOnly))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(post(WEBAPP_LOGIN)).denyAll()
				.anyRequest().authenticated())
			.exceptionHandling(errors -> errors
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
						path("/camunda/api/**"))
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(SignInPage.PATH),
						AnyRequestMatcher.INSTANCE))
			.logout(logout -> logout
				.logoutRequestMatcher(post(WEBAPP_LOGOUT))
				.deleteCookies(SESSION_COOKIE)
				.logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.OK)))
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
		signInPage.sessions(http);
		return http.build();
	}

	/**
	 * Everything else: the login page, the workspace's pages and the documents they link to. A form login on one
	 * Russian page, a session that times out, CSRF tokens on every form, and a content security policy that lets in
	 * nothing but the application's own scripts and styles. API documentation and health stay open to integrations.
	 */
	@Bean
	@Order(3)
	SecurityFilterChain pages(HttpSecurity http, SignInPage signInPage) throws Exception {
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers(path(SignInPage.PATH), path("/invitation/**"), path("/feedback/**"), path("/verify/**"), path("/css/**"), path("/js/**"), path("/favicon.ico"),
						path("/error"), path("/actuator/health"), path("/v3/api-docs/**"), path("/swagger-ui/**"),
						path("/swagger-ui.html"))
				.permitAll()
				.anyRequest().authenticated())
			.formLogin(form -> form
				.loginPage(SignInPage.PATH)
				.failureHandler(signInPage)
				.permitAll())
			.logout(logout -> logout
				.logoutRequestMatcher(post("/logout"))
				.deleteCookies(SESSION_COOKIE)
				.logoutSuccessUrl(SignInPage.PATH + "?logout"))
			.headers(headers -> headers
				.frameOptions(frame -> frame.deny())
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
						+ "style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
						+ "form-action 'self'; frame-ancestors 'none'"))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		signInPage.sessions(http);
		return http.build();
	}

	/**
	 * Hands the person Spring Security signed in to the Camunda webapps (their container-based authentication),
	 * after Spring Security and before the webapps' own filters: the webapps load the person's groups and tenants
	 * from the identity service, as for their own login.
	 */
	@Bean
	FilterRegistrationBean<ContainerBasedAuthenticationFilter> containerBasedAuthentication() {
		FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ContainerBasedAuthenticationFilter());
		registration.addInitParameter("authentication-provider", ContainerBasedAuthenticationProvider.class.getName());
		registration.addUrlPatterns("/camunda/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ExpressionQueryGuard> expressionQueryGuard() {
		FilterRegistrationBean<ExpressionQueryGuard> registration = new FilterRegistrationBean<>(
				new ExpressionQueryGuard());
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
		// before Spring Security (order -100): a forbidden query is refused whoever sends it
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}
}
