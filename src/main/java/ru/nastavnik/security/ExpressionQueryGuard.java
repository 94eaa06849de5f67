package ru.nastavnik.security;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import ru.nastavnik.web.Problems;

/**
 * Rejects engine queries that carry expressions ({@code assigneeExpression}, {@code dueBeforeExpression}, also inside
 * {@code orQueries}): in Camunda 7 an expression in a query is code run on the server. 7.24 CE gets no more security
 * fixes, so the application refuses them before the engine sees them, in the query string and in JSON bodies.
 */
class ExpressionQueryGuard extends OncePerRequestFilter {

	private static final String SUFFIX = "expression";

	private final ObjectMapper json = new ObjectMapper();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String queryKey;
		try {
			queryKey = expressionKeyInQueryString(request.getQueryString());
		}
		catch (IllegalArgumentException malformed) {
			Problems.write(request, response, HttpStatus.BAD_REQUEST, "Запрос отклонён",
					"Строка запроса закодирована неверно");
			return;
		}
		if (queryKey != null) {
			reject(request, response, queryKey);
			return;
		}
		// Only JSON bodies carry queries; form posts (the webapps' login) pass untouched.
		String contentType = request.getContentType();
		if (contentType == null || !contentType.toLowerCase(Locale.ROOT).contains("json")) {
			chain.doFilter(request, response);
			return;
		}
		byte[] body = request.getInputStream().readAllBytes();
		String bodyKey = body.length == 0 ? null : expressionKeyIn(body);
		if (bodyKey != null) {
			reject(request, response, bodyKey);
			return;
		}
		chain.doFilter(new CachedBodyRequest(request, body), response);
	}

	private static String expressionKeyInQueryString(String queryString) {
		if (queryString == null) {
			return null;
		}
		for (String pair : queryString.split("&")) {
			String key = URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
			if (isExpressionKey(key)) {
				return key;
			}
		}
		return null;
	}

	private String expressionKeyIn(byte[] body) {
		try {
			return expressionKeyIn(json.readTree(body));
		}
		catch (IOException notJson) {
			return null; // not JSON: the engine answers a malformed body itself
		}
	}

	private static String expressionKeyIn(JsonNode node) {
		if (node == null) {
			return null;
		}
		if (node.isObject()) {
			Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
			while (fields.hasNext()) {
				Map.Entry<String, JsonNode> field = fields.next();
				if (isExpressionKey(field.getKey())) {
					return field.getKey();
				}
				String nested = expressionKeyIn(field.getValue());
				if (nested != null) {
					return nested;
				}
			}
		}
		else if (node.isArray()) {
			for (JsonNode element : node) {
				String nested = expressionKeyIn(element);
				if (nested != null) {
					return nested;
				}
			}
		}
		return null;
	}

	private static boolean isExpressionKey(String key) {
		return key.toLowerCase(Locale.ROOT).endsWith(SUFFIX);
	}

	private static void reject(HttpServletRequest request, HttpServletResponse response, String key)
			throws IOException {
		Problems.write(request, response, HttpStatus.BAD_REQUEST, "Запрос отклонён",
				"Выражения в запросах запрещены: параметр «" + key + "» не принимается");
	}

	/** Lets the rest of the chain read the body this guard has already read. */
	private static final class CachedBodyRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBodyRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("Асинхронное чтение тела запроса не поддерживается");
				}
			};
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}
	}
}
