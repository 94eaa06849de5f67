package ru.nastavnik.security;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import ru.nastavnik.web.Problems;

/**
 * Hands the person Spring Security authenticated to the engine for the request, so the engine REST API applies
 * authorization and tenant checks. Not a bean: it runs only inside the REST security chain.
 * <p>
 * The engine answers work on another tenant's task or instance (its form, variables, completion) with a 500; this
 * filter answers 404 first, exactly as for a task that does not exist, so nothing about it is disclosed. One exception:
 * completing a task of one's own organisation that someone has already completed — a lost race — goes on to the engine,
 * whose answer becomes the same 409 as for a race lost inside the engine ({@code tasklist.LostRaceMessages}).
 */
class EngineAuthenticationFilter extends OncePerRequestFilter {

	static final String ENGINE_REST = "/engine-rest";

	/** A task or process instance addressed by its id (ids are UUIDs), with or without a sub-resource. */
	private static final Pattern INSTANCE_RESOURCE = Pattern
		.compile(ENGINE_REST + "/(task|process-instance)/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(/.*)?");

	private static final Set<String> COMPLETIONS = Set.of("/complete", "/submit-form", "/resolve");

	private final IdentityService identityService;

	private final TaskService taskService;

	private final RuntimeService runtimeService;

	private final HistoryService historyService;

	EngineAuthenticationFilter(IdentityService identityService, TaskService taskService,
			RuntimeService runtimeService, HistoryService historyService) {
		this.identityService = identityService;
		this.taskService = taskService;
		this.runtimeService = runtimeService;
		this.historyService = historyService;
	}

	private boolean visible(String kind, String id) {
		// queried with the person's authentication: the engine's tenant and authorization checks decide
		return "task".equals(kind) ? taskService.createTaskQuery().taskId(id).count() > 0
				: runtimeService.createProcessInstanceQuery().processInstanceId(id).count() > 0;
	}

	/**
	 * The request completes a task that is finished in one of the person's organisations. Asked of the history
	 * without the person's authorizations (not every role may read the history), but within their organisations.
	 */
	private boolean completingFinishedTask(HttpServletRequest request, Matcher resource, CurrentUser user) {
		boolean completion = "POST".equals(request.getMethod()) && "task".equals(resource.group(1))
				&& COMPLETIONS.contains(String.valueOf(resource.group(3)));
		if (!completion || user.tenantIds().isEmpty()) {
			return false;
		}
		identityService.clearAuthentication();
		try {
			return historyService.createHistoricTaskInstanceQuery()
				.taskId(resource.group(2))
				.tenantIdIn(user.tenantIds().toArray(String[]::new))
				.finished()
				.count() > 0;
		}
		finally {
			identityService.setAuthentication(user.login(), List.copyOf(user.groups()), List.copyOf(user.tenantIds()));
		}
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
			Matcher resource = INSTANCE_RESOURCE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
			if (resource.matches() && !visible(resource.group(1), resource.group(2))
					&& !completingFinishedTask(request, resource, user)) {
				Problems.write(request, response, HttpStatus.NOT_FOUND, "Не найдено",
						"Задача или экземпляр процесса " + resource.group(2) + " не найдены");
				return;
			}
			chain.doFilter(request, response);
		}
		finally {
			identityService.clearAuthentication();
		}
	}
}
