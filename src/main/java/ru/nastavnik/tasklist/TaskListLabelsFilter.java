package ru.nastavnik.tasklist;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Adds the labels of {@link TaskListLabel} to each task of a Tasklist filter's list ({@code …/filter/{id}/list} in HAL,
 * as Tasklist reads it): as variables embedded in the task, the way the engine embeds the variables a filter names.
 * Only an answer the engine gave (200) is added to; nothing is stored.
 */
class TaskListLabelsFilter extends OncePerRequestFilter {

	private static final Pattern FILTER_LIST = Pattern.compile(".*/filter/[^/]+/list");

	private final List<TaskListLabel> labels;

	private final ObjectMapper json;

	TaskListLabelsFilter(List<TaskListLabel> labels, ObjectMapper json) {
		this.labels = labels;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !FILTER_LIST.matcher(request.getRequestURI()).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, held);
		String type = held.getContentType();
		if (held.getStatus() != HttpStatus.OK.value() || type == null || !type.contains("hal+json")) {
			held.copyBodyToResponse();
			return;
		}
		JsonNode list = json.readTree(held.getContentAsByteArray());
		JsonNode tasks = list.path("_embedded").path("task");
		if (!tasks.isArray() || tasks.isEmpty()) {
			held.copyBodyToResponse();
			return;
		}
		List<String> instances = new ArrayList<>();
		tasks.forEach(task -> instances.add(task.path("processInstanceId").asText()));
		Map<String, Map<String, String>> byLabel = new HashMap<>();
		for (TaskListLabel label : labels) {
			byLabel.put(label.variable(), label.of(instances));
		}
		for (JsonNode task : tasks) {
			String instance = task.path("processInstanceId").asText();
			ObjectNode embedded = task.path("_embedded").isObject() ? (ObjectNode) task.get("_embedded")
					: ((ObjectNode) task).putObject("_embedded");
			ArrayNode variables = embedded.path("variable").isArray() ? (ArrayNode) embedded.get("variable")
					: embedded.putArray("variable");
			byLabel.forEach((name, values) -> {
				String value = values.get(instance);
				if (value != null) {
					ObjectNode variable = variables.addObject();
					variable.putObject("_links");
					variable.putNull("_embedded");
					variable.put("name", name);
					variable.put("value", value);
					variable.put("type", "String");
					variable.putObject("valueInfo");
				}
			});
		}
		byte[] body = json.writeValueAsBytes(list);
		held.resetBuffer();
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}
}
