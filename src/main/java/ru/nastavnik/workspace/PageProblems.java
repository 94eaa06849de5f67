package ru.nastavnik.workspace;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import ru.nastavnik.problem.DomainProblem;
import ru.nastavnik.problem.NotFound;
import ru.nastavnik.web.WebPage;
import ru.nastavnik.web.Problems;

/**
 * What a person reads when a page cannot do what they asked: the domain's own Russian reason on a page of the
 * workspace, with the status the API gives for the same problem ({@link Problems#statusOf}). Another organisation's
 * record reads as a missing one, as through the API.
 */
@ControllerAdvice(annotations = WebPage.class)
class PageProblems {

	private static final Logger LOG = LoggerFactory.getLogger(PageProblems.class);

	private final PageFrame frame;

	PageProblems(PageFrame frame) {
		this.frame = frame;
	}

	@ExceptionHandler(DomainProblem.class)
	ModelAndView domainProblem(DomainProblem problem, Authentication authentication) {
		HttpStatus status = Problems.statusOf(problem);
		return page(status, problem instanceof NotFound ? "Не найдено" : "Действие отклонено", problem.getMessage(),
				authentication);
	}

	@ExceptionHandler({ OptimisticLockingException.class, OptimisticLockingFailureException.class })
	ModelAndView concurrentChange(Exception e, Authentication authentication) {
		LOG.info("Действие на странице уступило параллельному изменению тех же данных: {}", e.getMessage());
		return page(HttpStatus.CONFLICT, "Действие отклонено", Problems.CONCURRENT_CHANGE, authentication);
	}

	private ModelAndView page(HttpStatus status, String title, String detail, Authentication authentication) {
		ModelAndView page = new ModelAndView("workspace/problem", status);
		page.addObject("title", title);
		page.addObject("detail", detail);
		page.addObject("me", frame.me(authentication));
		return page;
	}
}
