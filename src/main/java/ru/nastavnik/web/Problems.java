package ru.nastavnik.web;

import java.io.IOException;
import java.net.URI;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import ru.nastavnik.problem.DomainProblem;
import ru.nastavnik.problem.InvalidInput;
import ru.nastavnik.problem.NoLongerAvailable;
import ru.nastavnik.problem.NotFound;
import ru.nastavnik.problem.NotPermitted;
import ru.nastavnik.problem.StateConflict;

/** Builds problem details and writes them where no controller advice reaches (servlet filters, security). */
public final class Problems {

	private static final ObjectMapper JSON = new ObjectMapper()
		.setSerializationInclusion(JsonInclude.Include.NON_NULL);

	private Problems() {
	}

	/** What is left of a conflict after {@link ConflictRetry}: someone else's change won; nothing of ours was kept. */
	public static final String CONCURRENT_CHANGE = "Эти данные одновременно с вами изменил другой пользователь или сам процесс; "
			+ "ваше изменение не сохранено. Обновите данные и повторите действие";

	/** The status of each kind of the domain's problems: the one place they become HTTP, for the API and the pages. */
	public static HttpStatus statusOf(DomainProblem problem) {
		if (problem instanceof InvalidInput) {
			return HttpStatus.BAD_REQUEST;
		}
		if (problem instanceof StateConflict) {
			return HttpStatus.CONFLICT;
		}
		if (problem instanceof NotPermitted) {
			return HttpStatus.FORBIDDEN;
		}
		if (problem instanceof NotFound) {
			return HttpStatus.NOT_FOUND;
		}
		if (problem instanceof NoLongerAvailable) {
			return HttpStatus.GONE;
		}
		return HttpStatus.UNPROCESSABLE_ENTITY;
	}

	public static ProblemDetail of(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

	public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
			String detail) throws IOException {
		ProblemDetail problem = of(status, title, detail);
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setCharacterEncoding("UTF-8");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		JSON.writeValue(response.getOutputStream(), problem);
	}
}
