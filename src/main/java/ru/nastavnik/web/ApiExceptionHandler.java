package ru.nastavnik.web;

import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import ru.nastavnik.problem.DomainProblem;
import ru.nastavnik.problem.NotFound;

/**
 * Every error of the app's own API is RFC 7807 problem JSON with a Russian detail. Spring MVC's own errors (wrong
 * method, media type, missing parameter) take their Russian details from {@code messages.properties}.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String detail = e.getBindingResult().getAllErrors().stream()
			.map(error -> error.getDefaultMessage())
			.sorted()
			.collect(Collectors.joining("; "));
		return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "Неверные данные запроса", detail));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "Неверные данные запроса",
				"Тело запроса не является корректным JSON нужного вида"));
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail invalidParameters(ConstraintViolationException e) {
		String detail = e.getConstraintViolations().stream()
			.map(violation -> violation.getMessage())
			.sorted()
			.collect(Collectors.joining("; "));
		return Problems.of(HttpStatus.BAD_REQUEST, "Неверные данные запроса", detail);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail wrongParameter(MethodArgumentTypeMismatchException e) {
		return Problems.of(HttpStatus.BAD_REQUEST, "Неверные данные запроса",
				"Параметр «" + e.getName() + "» имеет неверный формат");
	}

	/** The domain's problems, each kind with its status: the one place they become HTTP. */
	@ExceptionHandler(DomainProblem.class)
	ProblemDetail domainProblem(DomainProblem e) {
		if (e instanceof NotFound) {
			return Problems.of(HttpStatus.NOT_FOUND, "Не найдено", e.getMessage());
		}
		return Problems.of(Problems.statusOf(e), "Запрос отклонён", e.getMessage());
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail conflict(DataIntegrityViolationException e) {
		return Problems.of(HttpStatus.CONFLICT, "Запрос отклонён",
				"Такая запись уже есть (например, программа на этот учебный год уже запущена)");
	}

	/** What is left of a conflict after {@link ConflictRetry}: someone else's change won; nothing of ours was kept. */
	@ExceptionHandler({ OptimisticLockingException.class, OptimisticLockingFailureException.class })
	ProblemDetail concurrentChange(Exception e) {
		LOG.info("Запрос уступил параллельному изменению тех же данных: {}", e.getMessage());
		return Problems.of(HttpStatus.CONFLICT, "Запрос отклонён", Problems.CONCURRENT_CHANGE);
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception e) {
		if (ConflictRetry.isConflict(e)) {
			return concurrentChange(e);
		}
		LOG.error("Необработанная ошибка в API", e);
		return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "Внутренняя ошибка",
				"Не удалось выполнить запрос из-за внутренней ошибки; она записана в журнал, попробуйте позже");
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail accessDenied(AccessDeniedException e) {
		return Problems.of(HttpStatus.FORBIDDEN, "Доступ запрещён", "У вашей роли нет прав на это действие");
	}
}
