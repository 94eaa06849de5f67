package ru.nastavnik.engine;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Adds what a task's form shows to the answer of {@code GET …/task/{id}/form-variables} — the call Tasklist makes to
 * open a Camunda Form, and that an engine REST client makes for the same form. Only an answer the engine gave
 * (200: the person may read the task) is added to; the values come from {@link TaskForms} at that moment.
 */
class TaskFormDisplayFilter extends OncePerRequestFilter {

	private static final Pattern FORM_VARIABLES = Pattern.compile(".*/task/([^/]+)/form-variables");

	private final TaskForms forms;

	private final ObjectMapper json;

	TaskFormDisplayFilter(TaskForms forms, ObjectMapper json) {
		this.forms = forms;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || !FORM_VARIABLES.matcher(request.getRequestURI()).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, held);
		if (held.getStatus() != HttpStatus.OK.value()) {
			held.copyBodyToResponse();
			return;
		}
		Matcher matcher = FORM_VARIABLES.matcher(request.getRequestURI());
		matcher.matches();
		Map<String, Object> shown = forms.shown(matcher.group(1));
		if (shown.isEmpty()) {
			held.copyBodyToResponse();
			return;
		}
		ObjectNode variables = (ObjectNode) json.readTree(held.getContentAsByteArray());
		Set<String> asked = asked(request);
		shown.forEach((name, value) -> {
			if (asked.isEmpty() || asked.contains(name)) {
				variables.set(name, json.valueToTree(FormValue.of(value, json)));
			}
		});
		byte[] body = json.writeValueAsBytes(variables);
		held.resetBuffer();
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/** The variables the client asked for ({@code variableNames}); none named means all. */
	private static Set<String> asked(HttpServletRequest request) {
		String names = request.getParameter("variableNames");
		return names == null || names.isBlank() ? Set.of()
				: Arrays.stream(names.split(",")).map(String::strip).collect(Collectors.toSet());
	}
}
