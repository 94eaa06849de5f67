package ru.nastavnik.tasklist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The engine REST API prefixes a rejected form with "Cannot submit task form ID: " (or "Cannot complete task ID: ")
 * before our Russian message, and
 * Tasklist shows that line to the person. This filter leaves only the Russian message, for Tasklist and REST clients.
 */
class FormErrorMessages extends OncePerRequestFilter {

	private static final Pattern ENGINE_PREFIX = Pattern
		.compile("^Cannot (?:submit task form|complete task|resolve task) [^:]+: (.*)$", Pattern.DOTALL);

	private final ObjectMapper json = new ObjectMapper();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String uri = request.getRequestURI();
		return !(uri.endsWith("/submit-form") || uri.endsWith("/complete") || uri.endsWith("/resolve"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, cached);
		if (cached.getStatus() == HttpServletResponse.SC_BAD_REQUEST) {
			byte[] rewritten = withoutEnginePrefix(cached.getContentAsByteArray());
			if (rewritten != null) {
				cached.resetBuffer();
				cached.getOutputStream().write(rewritten);
			}
		}
		cached.copyBodyToResponse();
	}

	private byte[] withoutEnginePrefix(byte[] body) {
		try {
			if (!(json.readTree(body) instanceof ObjectNode error) || !error.hasNonNull("message")) {
				return null;
			}
			Matcher matcher = ENGINE_PREFIX.matcher(error.get("message").asText());
			if (!matcher.matches()) {
				return null;
			}
			error.put("message", matcher.group(1));
			return json.writeValueAsString(error).getBytes(StandardCharsets.UTF_8);
		}
		catch (IOException notJson) {
			return null;
		}
	}
}
