package ru.nastavnik;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Calls {@code /api} as a demo person (password «demo») and reads the answers, as the API's clients do. */
@Component
public class ApiCalls {

	/** Only a context on a web port has one: contexts without it (PostgreSQL) do not call the API. */
	private final ObjectProvider<TestRestTemplate> rest;

	private final ObjectMapper json;

	ApiCalls(ObjectProvider<TestRestTemplate> rest, ObjectMapper json) {
		this.rest = rest;
		this.json = json;
	}

	public ResponseEntity<String> call(String login, HttpMethod method, String path, String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return rest.getObject().withBasicAuth(login, "demo").exchange(path, method, new HttpEntity<>(body, headers),
				String.class);
	}

	/** The answer's JSON, after checking its status. */
	public JsonNode body(ResponseEntity<String> response, HttpStatus status) throws Exception {
		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
		return json.readTree(response.getBody());
	}

	/** The RFC 7807 problem of a refused call, after checking its status. */
	public JsonNode problem(ResponseEntity<String> response, HttpStatus status) throws Exception {
		JsonNode problem = body(response, status);
		assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
		return problem;
	}
}
