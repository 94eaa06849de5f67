package ru.nastavnik.participant;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import ru.nastavnik.participant.AccessLogEntry.Channel;
import ru.nastavnik.participant.AccessLogEntry.Result;
import ru.nastavnik.web.Problems;

/**
 * Logs the reads of a minor's record through a task form: Tasklist (and any engine REST client) reading the
 * variables of a participant's enrolment task. It wraps the security filters, so a refused read (404 for a task of
 * another organisation) is logged too; who read is the webapp session's user or the HTTP Basic login.
 */
class FormReadLogFilter extends OncePerRequestFilter {

	private static final Logger LOG = LoggerFactory.getLogger(FormReadLogFilter.class);

	/** A task's variables, as its form reads them, or a process instance's. */
	static final Pattern TASK_VARIABLES = Pattern.compile(".*/(task|process-instance)/([^/]+)/"
			+ "(form-variables|variables|localVariables)(/.*)?");

	private final TaskService tasks;

	private final Participants participants;

	private final AccessLog accessLog;

	FormReadLogFilter(TaskService tasks, Participants participants, AccessLog accessLog) {
		this.tasks = tasks;
		this.participants = participants;
		this.accessLog = accessLog;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || !TASK_VARIABLES.matcher(request.getRequestURI()).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// the answer is held back until the read is logged: the client never sees a read that is not in the log
		ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, held);
		try {
			log(request, held.getStatus());
		}
		catch (RuntimeException e) {
			// a read that could not be logged is not answered
			LOG.error("Обращение к {} не записано в журнал обращений; ответ не выдан", request.getRequestURI(), e);
			held.resetBuffer();
			Problems.write(request, response, HttpStatus.INTERNAL_SERVER_ERROR, "Внутренняя ошибка",
					"Обращение не удалось записать в журнал, поэтому данные не выданы; попробуйте позже");
			return;
		}
		held.copyBodyToResponse();
	}

	private void log(HttpServletRequest request, int status) {
		if (status == HttpStatus.UNAUTHORIZED.value()) {
			return;
		}
		Matcher matcher = TASK_VARIABLES.matcher(request.getRequestURI());
		matcher.matches();
		String login = login(request);
		String processInstanceId = "process-instance".equals(matcher.group(1)) ? matcher.group(2)
				: Optional.ofNullable(tasks.createTaskQuery().taskId(matcher.group(2)).singleResult())
					.map(Task::getProcessInstanceId).orElse(null);
		if (login == null || processInstanceId == null) {
			return;
		}
		participants.findByProcessInstanceId(processInstanceId).ifPresent(participant -> accessLog.read(
				participant, login, Channel.FORM, request.getMethod() + " " + request.getRequestURI(),
				status < 400 ? Result.GRANTED : Result.DENIED));
	}

	/** The person behind the request: the Camunda webapps' session, or the login of HTTP Basic. */
	private static String login(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
			if (authentications != null) {
				for (UserAuthentication authentication : authentications.getAuthentications()) {
					return authentication.getName();
				}
			}
		}
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return colon > 0 ? decoded.substring(0, colon) : null;
		}
		return null;
	}
}
