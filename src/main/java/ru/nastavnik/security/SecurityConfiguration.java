package ru.nastavnik.security;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import ru.nastavnik.web.Problems;

/**
 * Two doors. The REST door ({@code /api/**}, {@code /engine-rest/**}) needs HTTP Basic and answers problem JSON.
 * The webapps ({@code /camunda/**}) keep Camunda's own session login and CSRF protection.
 */
@Configuration
class SecurityConfiguration {

	/** 401 with problem JSON, for a missing or wrong login alike. */
	/** 401 with the challenge HTTP requires, so a browser following a link (a PDF from a form) asks for the login. */
	private static final AuthenticationEntryPoint SIGN_IN_FIRST = (request, response, e) -> {
		response.setHeader("WWW-Authenticate", "Basic realm=\"nastavnik\", charset=\"UTF-8\"");
		Problems.write(request, response, HttpStatus.UNAUTHORIZED, "Требуется вход",
				"Войдите: передайте логин и пароль (HTTP Basic)");
	};

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
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.addFilterAfter(new EngineAuthenticationFilter(identityService, taskService, runtimeService,
					historyService), AuthorizationFilter.class);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webappsAndDocs(HttpSecurity http) throws Exception {
		// The Camunda webapps authenticate and protect against CSRF themselves.
		http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
		return http.build();
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
