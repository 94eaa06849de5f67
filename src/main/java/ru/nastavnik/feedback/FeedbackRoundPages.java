package ru.nastavnik.feedback;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.participant.AccessLog;
import ru.nastavnik.participant.AccessLogEntry;
import ru.nastavnik.problem.InvalidInput;
import ru.nastavnik.problem.NoLongerAvailable;
import ru.nastavnik.problem.NotFound;
import ru.nastavnik.problem.NotPermitted;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeHeading;
import ru.nastavnik.programme.ProgrammeManagement;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.security.Role;
import ru.nastavnik.web.WebPage;

/**
 * The programme's feedback rounds as the working group follows them: whom each round asked, how the questionnaire
 * reached them and whether they answered (never what); and the form that types in a questionnaire answered on paper,
 * checked as the link's page checks it.
 */
@WebPage
class FeedbackRoundPages {

	/** Read the rounds: who answered and the figures. */
	static final Set<Role> READERS = Set.of(Role.CURATOR, Role.WORKING_GROUP, Role.DIRECTOR, Role.AUDITOR);

	/** Type in answers given on paper. */
	static final Set<Role> ENTERERS = Set.of(Role.CURATOR, Role.WORKING_GROUP);

	private static final String PAPER = "feedback/paper";

	private final ProgrammeManagement programmes;

	private final Feedback feedback;

	private final AccessLog accessLog;

	FeedbackRoundPages(ProgrammeManagement programmes, Feedback feedback, AccessLog accessLog) {
		this.programmes = programmes;
		this.feedback = feedback;
		this.accessLog = accessLog;
	}

	@GetMapping("/programmes/{id}/feedback")
	ModelAndView rounds(@PathVariable Long id, Authentication authentication, HttpServletRequest request) {
		CurrentUser user = CurrentUser.of(authentication);
		Programme programme = programme(id, user, READERS);
		List<Feedback.RoundView> rounds = FeedbackSteps.ALL.stream()
			.flatMap(step -> feedback.round(programme, step).stream()).toList();
		logReads(rounds.stream().flatMap(round -> round.asked().stream()).map(Feedback.Asked::participantId)
			.filter(Objects::nonNull).toList(), user, request);
		return new ModelAndView("feedback/rounds").addObject("programme", ProgrammeHeading.of(programme))
			.addObject("rounds", rounds).addObject("mayEnter", ENTERERS.stream().anyMatch(user::has));
	}

	@GetMapping("/programmes/{id}/feedback/requests/{requestId}")
	ModelAndView paper(@PathVariable Long id, @PathVariable Long requestId, Authentication authentication,
			HttpServletRequest request) {
		CurrentUser user = CurrentUser.of(authentication);
		Programme programme = programme(id, user, ENTERERS);
		Feedback.Asked asked = asked(programme, requestId);
		logReads(List.of(asked.participantId()), user, request);
		return form(programme, asked, Map.of(), HttpStatus.OK);
	}

	@PostMapping("/programmes/{id}/feedback/requests/{requestId}")
	ModelAndView enter(@PathVariable Long id, @PathVariable Long requestId,
			@RequestParam Map<String, String> form, Authentication authentication, RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.of(authentication);
		Programme programme = programme(id, user, ENTERERS);
		Feedback.Asked asked = asked(programme, requestId);
		try {
			feedback.answerOnPaper(programme, requestId, user.login(), form::get);
		}
		catch (InvalidInput wrong) {
			return form(programme, asked, form, HttpStatus.UNPROCESSABLE_ENTITY).addObject("formError",
					wrong.getMessage());
		}
		catch (NoLongerAvailable late) {
			// answered meanwhile through the link or in Tasklist, or the round closed: the page says so
			return form(programme, asked(programme, requestId), form, HttpStatus.GONE).addObject("formError",
					late.getMessage());
		}
		redirect.addFlashAttribute("done", "Ответы участника " + asked.participant()
				+ " с бумажной анкеты записаны");
		return new ModelAndView("redirect:/programmes/" + id + "/feedback");
	}

	private Programme programme(Long id, CurrentUser user, Set<Role> roles) {
		Programme programme = programmes.get(id, user);
		if (roles.stream().noneMatch(user::has)) {
			throw new NotPermitted(roles == ENTERERS
					? "Ответы с бумажных анкет вводят куратор и рабочая группа программы"
					: "Обратную связь пар читают куратор, рабочая группа, руководитель и аудитор");
		}
		return programme;
	}

	/** A questionnaire of the programme's rounds still waiting for its answer. */
	private Feedback.Asked asked(Programme programme, Long requestId) {
		return FeedbackSteps.ALL.stream()
			.flatMap(step -> feedback.round(programme, step).stream())
			.flatMap(round -> round.asked().stream())
			.filter(asked -> asked.requestId().equals(requestId) && asked.participantId() != null)
			.findFirst()
			.orElseThrow(() -> new NotFound("Анкета № " + requestId + " не найдена в программе"));
	}

	private static ModelAndView form(Programme programme, Feedback.Asked asked, Map<String, String> given,
			HttpStatus status) {
		return new ModelAndView(PAPER, status).addObject("programme", ProgrammeHeading.of(programme))
			.addObject("asked", asked).addObject("questionnaire", asked.questionnaire())
			.addObject("questions", asked.questionnaire().questions(asked.role()))
			.addObject("given", given).addObject("maxText", Answers.MAX_TEXT);
	}

	private void logReads(Collection<Long> participantIds, CurrentUser user, HttpServletRequest request) {
		accessLog.read(participantIds, user.login(), AccessLogEntry.Channel.PAGE, AccessLog.resource(request),
				AccessLogEntry.Result.GRANTED);
	}
}
