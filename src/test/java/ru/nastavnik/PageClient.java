package ru.nastavnik;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's HTTP side without the browser: one cookie jar, redirects not followed (tests look at them), the CSRF
 * token of the last page read sent back with forms, and the webapps' {@code XSRF-TOKEN} cookie sent back with their
 * API calls.
 */
public final class PageClient {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient http;

	private final CookieManager cookies = new CookieManager();

	private final String base;

	private String csrf;

	public PageClient(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/** Signs in on the login page as a person does; fails the test unless it leads on into the application. */
	public static PageClient signIn(int port, String login, String password) {
		PageClient client = new PageClient(port);
		HttpResponse<String> answer = client.signInAs(login, password);
		if (answer.statusCode() != 302 || answer.headers().firstValue("Location").orElse("").contains("/login")) {
			throw new IllegalStateException("Не удалось войти как " + login + ": " + answer.statusCode() + " "
					+ answer.headers().map());
		}
		return client;
	}

	/** A signed-in browser's HTTP client, for reading pages again and again (benchmarks). */
	public static HttpClient signedInHttp(int port, String login, String password) {
		return signIn(port, login, password).http;
	}

	/** Reads the login page and submits it; the answer is the redirect that follows. */
	public HttpResponse<String> signInAs(String login, String password) {
		get("/login");
		return postForm("/login", Map.of("username", login, "password", password));
	}

	public HttpResponse<String> get(String path) {
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
		Matcher token = CSRF_FIELD.matcher(response.body());
		if (token.find()) {
			csrf = token.group(1);
		}
		return response;
	}

	/** Reads a file the page offers to download, as it is. */
	public HttpResponse<byte[]> getBytes(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** Posts a form with the CSRF token of the last page read. */
	public HttpResponse<String> postForm(String path, Map<String, String> fields) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		if (csrf != null) {
			all.putIfAbsent("_csrf", csrf);
		}
		return postFormAsIs(path, all);
	}

	/** Posts a form whose fields may repeat (checkboxes of one name), with the CSRF token of the last page read. */
	public HttpResponse<String> postFormMulti(String path, List<Map.Entry<String, String>> fields) {
		List<Map.Entry<String, String>> all = new ArrayList<>(fields);
		if (csrf != null) {
			all.add(Map.entry("_csrf", csrf));
		}
		return post(path, all);
	}

	/** Posts exactly these fields: no token added. */
	public HttpResponse<String> postFormAsIs(String path, Map<String, String> fields) {
		return post(path, List.copyOf(fields.entrySet()));
	}

	private HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields) {
		String body = fields.stream()
			.map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Posts a form with one file, as a browser sends an upload (multipart), with the page's CSRF token. */
	public HttpResponse<String> postFile(String path, String field, String fileName, byte[] content) {
		String boundary = "----nastavnik" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		Consumer<String> text = part -> body.writeBytes(part.getBytes(StandardCharsets.UTF_8));
		if (csrf != null) {
			text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n");
		}
		text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
		body.writeBytes(content);
		text.accept("\r\n--" + boundary + "--\r\n");
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/** A call of the Camunda webapps' API as their scripts make it: JSON, with the token from their cookie. */
	public HttpResponse<String> postWebappApi(String path, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
		webappToken().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
		return send(request);
	}

	/** The same, asking for HAL as Tasklist does for its lists. */
	public HttpResponse<String> postWebappApiHal(String path, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/hal+json, application/json; q=0.5")
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
		webappToken().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
		return send(request);
	}

	private Optional<String> webappToken() {
		return cookies.getCookieStore().getCookies().stream()
			.filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.findFirst();
	}

	public Optional<String> sessionId() {
		return cookies.getCookieStore().getCookies().stream()
			.filter(cookie -> cookie.getName().equals("JSESSIONID"))
			.map(HttpCookie::getValue)
			.findFirst();
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
		try {
			return http.send(request.build(), body);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
