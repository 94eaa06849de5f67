package ru.nastavnik.feedback;

import java.util.Map;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import ru.nastavnik.problem.DomainProblem;
import ru.nastavnik.problem.InvalidInput;
import ru.nastavnik.problem.NotFound;
import ru.nastavnik.web.WebPage;

/**
 * The questionnaire of a link (the pairs' feedback or the satisfaction questionnaire), open without a login: the person answers once; a link used, expired, of a
 * closed round or unknown gets a Russian page saying so (410 or 404) and nothing is written.
 */
@WebPage
class FeedbackPages {

	static final String PATH = "/feedback/";

	private static final String VIEW = "feedback/questionnaire";

	private final Feedback feedback;

	FeedbackPages(Feedback feedback) {
		this.feedback = feedback;
	}

	@GetMapping(PATH + "{token}")
	ModelAndView questionnaire(@PathVariable String token) {
		try {
			return form(token, feedback.link(token), HttpStatus.OK);
		}
		catch (DomainProblem refused) {
			return refusal(refused);
		}
	}

	@PostMapping(PATH + "{token}")
	ModelAndView answer(@PathVariable String token, @RequestParam Map<String, String> form) {
		Feedback.Link link;
		try {
			link = feedback.link(token);
		}
		catch (DomainProblem refused) {
			return refusal(refused);
		}
		try {
			feedback.answer(token, form::get);
			return new ModelAndView(VIEW).addObject("thanks", true).addObject("questionnaire", link.questionnaire());
		}
		catch (InvalidInput wrong) {
			return form(token, link, HttpStatus.UNPROCESSABLE_ENTITY).addObject("formError",
					wrong.getMessage()).addObject("given", form);
		}
		catch (DomainProblem refused) {
			return refusal(refused);
		}
		catch (DataIntegrityViolationException twice) {
			// the same link sent twice at once: the first answer counts
			return new ModelAndView(VIEW, HttpStatus.GONE).addObject("refusal",
					"По этой ссылке уже ответили: анкету можно заполнить только один раз. Спасибо за ваш ответ!");
		}
	}

	private static ModelAndView form(String token, Feedback.Link link, HttpStatus status) {
		return new ModelAndView(VIEW, status).addObject("token", token).addObject("link", link)
			.addObject("questionnaire", link.questionnaire()).addObject("questions", link.questions())
			.addObject("given", Map.of()).addObject("maxText", Answers.MAX_TEXT);
	}

	private static ModelAndView refusal(DomainProblem refused) {
		HttpStatus status = refused instanceof NotFound ? HttpStatus.NOT_FOUND : HttpStatus.GONE;
		return new ModelAndView(VIEW, status).addObject("refusal", refused.getMessage());
	}
}
