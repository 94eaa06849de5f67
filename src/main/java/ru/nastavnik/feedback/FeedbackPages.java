package ru.nastavnik.feedback;

import java.util.LinkedHashMap;
import java.util.List;
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
 * The questionnaire of a feedback link, open without a login: the person answers once; a link used, expired, of a
 * closed round or unknown gets a Russian page saying so (410 or 404) and nothing is written.
 */
@WebPage
class FeedbackPages {

	static final String PATH = "/feedback/";

	private static final String VIEW = "feedback/questionnaire";

	/** The four scales, by form field, with their questions. */
	static final Map<String, String> SCALES;

	static {
		Map<String, String> scales = new LinkedHashMap<>();
		scales.put(Answers.PAIR_WORK, "Насколько вы довольны работой вашей пары в целом?");
		scales.put(Answers.REGULARITY, "Насколько вас устраивает регулярность встреч?");
		scales.put(Answers.USEFULNESS, "Насколько полезна для вас работа в паре?");
		scales.put(Answers.RELATIONSHIP, "Насколько вы довольны отношениями ");
		SCALES = scales;
	}

	static final List<Integer> POINTS = List.of(1, 2, 3, 4, 5);

	private final Feedback feedback;

	FeedbackPages(Feedback feedback) {
		this.feedback = feedback;
	}

	@GetMapping(PATH + "{token}")
	ModelAndView questionnaire(@PathVariable String token) {
		try {
			return form(token, feedback.questionnaire(token), HttpStatus.OK);
		}
		catch (DomainProblem refused) {
			return refusal(refused);
		}
	}

	@PostMapping(PATH + "{token}")
	ModelAndView answer(@PathVariable String token, @RequestParam Map<String, String> form) {
		Feedback.Questionnaire questionnaire;
		try {
			questionnaire = feedback.questionnaire(token);
		}
		catch (DomainProblem refused) {
			return refusal(refused);
		}
		try {
			feedback.answer(token, Answers.read(form::get));
			return new ModelAndView(VIEW).addObject("thanks", true);
		}
		catch (InvalidInput wrong) {
			return form(token, questionnaire, HttpStatus.UNPROCESSABLE_ENTITY).addObject("formError",
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

	private static ModelAndView form(String token, Feedback.Questionnaire questionnaire, HttpStatus status) {
		Map<String, String> scales = new LinkedHashMap<>(SCALES);
		scales.put(Answers.RELATIONSHIP, SCALES.get(Answers.RELATIONSHIP) + questionnaire.role().withOther() + "?");
		return new ModelAndView(VIEW, status).addObject("token", token).addObject("questionnaire", questionnaire)
			.addObject("scales", scales).addObject("points", POINTS)
			.addObject("given", Map.of()).addObject("maxText", Answers.MAX_TEXT);
	}

	private static ModelAndView refusal(DomainProblem refused) {
		HttpStatus status = refused instanceof NotFound ? HttpStatus.NOT_FOUND : HttpStatus.GONE;
		return new ModelAndView(VIEW, status).addObject("refusal", refused.getMessage());
	}
}
