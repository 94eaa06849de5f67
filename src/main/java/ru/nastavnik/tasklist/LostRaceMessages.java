package ru.nastavnik.tasklist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.errorcode.BuiltinExceptionCode;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The engine REST API (Tasklist's own and {@code /engine-rest}) answers a lost race with a 500 and the engine's SQL in
 * English. This filter turns it into a 409 with a Russian message, in Camunda's error shape ({@code type},
 * {@code message}, {@code code}), so Tasklist shows it and REST clients can tell it from a failure:
 * <ul>
 * <li>a task's completion failed (500, or 403 when the winner's commit took the task's authorizations between the
 * loser's reads) and the task is gone: someone else completed it first (after the retry of
 * {@link TaskWorkRetryPlugin}, or before the request arrived);</li>
 * <li>any write that still ends with the engine's code for optimistic locking (or a deadlock): someone changed the
 * same data first.</li>
 * </ul>
 */
class LostRaceMessages extends OncePerRequestFilter {

	static final String TASK_DONE = "Задачу уже выполнил другой пользователь (или её закрыл процесс); ваши данные "
			+ "не сохранены. Обновите список задач";

	static final String CONCURRENT_CHANGE = "Эти данные одновременно с вами изменил другой пользователь или сам "
			+ "процесс; ваше изменение не сохранено. Обновите страницу и повторите действие";

	private static final Pattern TASK_COMPLETION = Pattern.compile(".*/task/([^/]+)/(?:submit-form|complete|resolve)");

	private final ObjectMapper json = new ObjectMapper();

	private final TaskService tasks;

	LostRaceMessages(TaskService tasks) {
		this.tasks = tasks;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// only a write can lose a race
		return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
				|| "OPTIONS".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, cached);
		// the winner's commit may land between the loser's reads: a task read, then its authorizations gone (403)
		int status = cached.getStatus();
		if (status == HttpServletResponse.SC_INTERNAL_SERVER_ERROR || status == HttpServletResponse.SC_FORBIDDEN) {
			ObjectNode error = engineError(cached.getContentAsByteArray());
			String message = error == null ? null : russianMessage(request, status, error);
			if (message != null) {
				// the engine's type and code stay for clients; a refused authorization's details would only mislead
				ObjectNode conflict = json.createObjectNode();
				conflict.set("type", error.get("type"));
				conflict.put("message", message);
				if (error.has("code")) {
					conflict.set("code", error.get("code"));
				}
				cached.resetBuffer();
				cached.setStatus(HttpServletResponse.SC_CONFLICT);
				cached.getOutputStream().write(json.writeValueAsString(conflict).getBytes(StandardCharsets.UTF_8));
			}
		}
		cached.copyBodyToResponse();
	}

	private String russianMessage(HttpServletRequest request, int status, ObjectNode error) {
		Matcher completion = TASK_COMPLETION.matcher(request.getRequestURI());
		if (completion.matches() && tasks.createTaskQuery().taskId(completion.group(1)).count() == 0) {
			return TASK_DONE;
		}
		if (status != HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
			return null;
		}
		// the engine's own codes (in every error since 7.15): a stale write refused, or a deadlock's victim chosen
		JsonNode code = error.get("code");
		boolean lostRace = code != null && (code.asInt() == BuiltinExceptionCode.OPTIMISTIC_LOCKING.getCode()
				|| code.asInt() == BuiltinExceptionCode.DEADLOCK.getCode());
		return lostRace ? CONCURRENT_CHANGE : null;
	}

	private ObjectNode engineError(byte[] body) {
		try {
			return json.readTree(body) instanceof ObjectNode error && error.hasNonNull("message") ? error : null;
		}
		catch (IOException notJson) {
			return null;
		}
	}
}
