package ru.nastavnik.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.participant.AccessLogEntry.Channel;
import ru.nastavnik.participant.AccessLogEntry.Result;
import ru.nastavnik.problem.InvalidInput;
import ru.nastavnik.problem.RuleViolation;
import ru.nastavnik.problem.StateConflict;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeHeading;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.security.Role;
import ru.nastavnik.time.RussianDates;
import ru.nastavnik.web.WebPage;

/**
 * The participants on the workspace's pages: a programme's list with its filters, and a participant's card — data,
 * consents (the blank to print, marking one received, revoking one), a staff mentor's linked login ({@link
 * MentorAccounts}), questionnaire, evaluations, and for the director
 * and the auditor the log of reads of a minor's record. The rules are those of {@code /api/participants}
 * ({@link ParticipantAccess}), and every read of a minor's record on a page is logged as one through the API.
 */
@WebPage
class ParticipantPages {

	/** Participants on one page of the list: a school's whole list is thousands. */
	static final int PAGE_SIZE = 100;

	private final ParticipantAccess access;

	private final ParticipantList list;

	private final ParticipantRecords records;

	private final AccessLog accessLog;

	private final Enrolment enrolment;

	private final Validator validator;

	private final MentorAccounts mentorAccounts;

	ParticipantPages(ParticipantAccess access, ParticipantList list, ParticipantRecords records,
			AccessLog accessLog, Enrolment enrolment, Validator validator, MentorAccounts mentorAccounts) {
		this.mentorAccounts = mentorAccounts;
		this.access = access;
		this.list = list;
		this.records = records;
		this.accessLog = accessLog;
		this.enrolment = enrolment;
		this.validator = validator;
	}

	/**
	 * The form «Добавить участника» as a person fills it: flat fields, the legal representative's left empty for an
	 * adult. It is checked by the same rules as {@code POST /api/participants} ({@link ParticipantController.AddParticipant}).
	 */
	record NewParticipantForm(String fullName, LocalDate birthDate, String classOrPosition, ParticipantRole role,
			String email, String phone, String representativeName, String representativeEmail,
			String representativePhone) {

		static final NewParticipantForm EMPTY = new NewParticipantForm(null, null, null, null, null, null, null, null,
				null);

		ParticipantController.AddParticipant request(Long programmeId) {
			boolean representative = !blank(representativeName) || !blank(representativeEmail)
					|| !blank(representativePhone);
			return new ParticipantController.AddParticipant(programmeId, strip(fullName), birthDate,
					strip(classOrPosition), role, strip(email), strip(phone),
					representative ? new ParticipantController.RepresentativeBody(strip(representativeName),
							strip(representativeEmail), strip(representativePhone)) : null);
		}

		private static boolean blank(String text) {
			return text == null || text.isBlank();
		}

		private static String strip(String text) {
			return blank(text) ? null : text.strip();
		}
	}

	/** The page's field for each property the API's rules name. */
	private static final Map<String, String> FIELDS = Map.of("representative.fullName", "representativeName",
			"representative.email", "representativeEmail", "representative.phone", "representativePhone");

	@GetMapping("/programmes/{id}/participants/new")
	String newParticipant(@PathVariable Long id, Authentication authentication, Model model) {
		Programme programme = access.programmeToWrite(id, CurrentUser.of(authentication));
		model.addAttribute("programme", ProgrammeHeading.of(programme));
		model.addAttribute("form", NewParticipantForm.EMPTY);
		model.addAttribute("errors", Map.of());
		model.addAttribute("roles", ParticipantRole.values());
		return "participant/new";
	}

	/**
	 * Adds a participant; their enrolment starts with the consent. A refusal shows the form again with each reason
	 * next to its field and what was typed kept.
	 */
	@PostMapping("/programmes/{id}/participants")
	ModelAndView add(@PathVariable Long id, @ModelAttribute NewParticipantForm form, Authentication authentication,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.of(authentication);
		Programme programme = access.programmeToWrite(id, user);
		ParticipantController.AddParticipant request = form.request(id);
		Map<String, String> errors = new TreeMap<>();
		for (ConstraintViolation<ParticipantController.AddParticipant> violation : validator.validate(request)) {
			String path = violation.getPropertyPath().toString();
			String field = FIELDS.getOrDefault(path, path);
			// the API names the codes a client sends; a person picks one of two choices
			String message = "role".equals(field) ? "Выберите роль: наставляемый или наставник" : violation.getMessage();
			errors.merge(field, message, (first, second) -> first);
		}
		if (errors.isEmpty()) {
			try {
				Participant participant = enrolment.enrol(programme, request.input(), ParticipantSource.CURATOR,
						user.login());
				redirect.addFlashAttribute("done", "Участник добавлен; его включение в программу начинается с согласия "
						+ "на обработку персональных данных");
				return new ModelAndView("redirect:/participants/" + participant.getId());
			}
			catch (RuleViolation | InvalidInput | StateConflict refused) {
				errors.put("form", refused.getMessage());
			}
		}
		ModelAndView page = new ModelAndView("participant/new", HttpStatus.UNPROCESSABLE_ENTITY);
		page.addObject("programme", ProgrammeHeading.of(programme));
		page.addObject("form", form);
		page.addObject("errors", errors);
		page.addObject("roles", ParticipantRole.values());
		return page;
	}

	/** One read of a minor's record, as the card lists it. */
	record LoggedRead(String at, String login, String channel, String result) {
	}

	@GetMapping("/programmes/{id}/participants")
	String list(@PathVariable Long id, @RequestParam(required = false) ParticipantRole role,
			@RequestParam(required = false) ParticipantStatus status,
			@RequestParam(required = false) MenteeCategory category,
			@RequestParam(required = false) Boolean consent, @RequestParam(defaultValue = "0") int page,
			Authentication authentication, HttpServletRequest request, Model model) {
		CurrentUser user = CurrentUser.of(authentication);
		Programme programme = access.programmeToRead(id, user);
		ParticipantList.Filter filter = new ParticipantList.Filter(role, status, category, consent);
		List<ParticipantList.Row> all = list.of(programme, filter);
		int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int number = Math.max(0, Math.min(page, pages - 1));
		List<ParticipantList.Row> rows = all.subList(number * PAGE_SIZE, Math.min(all.size(), (number + 1) * PAGE_SIZE));
		// only the rows shown are read: a minor on another page is not
		accessLog.read(rows.stream().map(ParticipantList.Row::id).toList(), user.login(), Channel.PAGE,
				AccessLog.resource(request), Result.GRANTED);
		model.addAttribute("found", all.size());
		model.addAttribute("page", number);
		model.addAttribute("pages", pages);
		model.addAttribute("programme", ProgrammeHeading.of(programme));
		model.addAttribute("rows", rows);
		model.addAttribute("filter", filter);
		model.addAttribute("roles", ParticipantRole.values());
		model.addAttribute("statuses", ParticipantStatus.values());
		model.addAttribute("categories", MenteeCategory.values());
		model.addAttribute("mayWrite", ParticipantAccess.WRITERS.stream().anyMatch(user::has));
		return "participant/list";
	}

	@GetMapping("/participants/{id}")
	String card(@PathVariable Long id, Authentication authentication, HttpServletRequest request, Model model) {
		CurrentUser user = CurrentUser.of(authentication);
		Participant participant = access.toRead(id, user, request, Channel.PAGE);
		model.addAttribute("card", records.card(participant));
		model.addAttribute("programme", ProgrammeHeading.of(participant.getProgramme()));
		model.addAttribute("mayWrite", ParticipantAccess.WRITERS.stream().anyMatch(user::has));
		boolean readsLog = user.has(Role.DIRECTOR) || user.has(Role.AUDITOR);
		model.addAttribute("accessLog", !readsLog || !participant.isMinor() ? List.of()
				: accessLog.of(participant).stream()
					.map(entry -> new LoggedRead(RussianDates.formatWithTime(entry.getAccessedAt(),
							participant.getProgramme().getZone()), entry.getLogin(),
							entry.channelTitle(), entry.resultTitle()))
					.toList());
		model.addAttribute("erased", participant.getPerson().isErased());
		boolean mentor = participant.getRole() == ParticipantRole.MENTOR;
		model.addAttribute("mentor", mentor);
		model.addAttribute("mentorAccount", mentorAccounts.linkedAccount(participant).orElse(null));
		model.addAttribute("mentorWithdrawn", participant.getStatus() == ParticipantStatus.WITHDRAWN);
		model.addAttribute("mentorCandidates", mentor && ParticipantAccess.WRITERS.stream().anyMatch(user::has)
				? mentorAccounts.candidates(participant) : List.of());
		return "participant/card";
	}

	/**
	 * Links a login of the organisation's «Наставники» to the mentor's record, by the rules of
	 * {@code PUT /api/participants/{id}/login} ({@link MentorAccounts}); a refusal is said on the card and nothing is
	 * written. Another role is refused (403), another organisation's participant is not found (404).
	 */
	@PostMapping("/participants/{id}/login")
	String linkLogin(@PathVariable Long id, @RequestParam(required = false) String login,
			Authentication authentication, RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.of(authentication);
		access.toWrite(id, user);
		if (login == null || login.isBlank()) {
			redirect.addFlashAttribute("failed", "Выберите учётную запись наставника");
			return "redirect:/participants/" + id + "#mentor-login";
		}
		try {
			Participant participant = mentorAccounts.link(id, login, user);
			redirect.addFlashAttribute("done", "Учётная запись " + participant.getLogin() + " связана с записью "
					+ "наставника: он видит свои пары на плитке «Мои пары»");
		}
		catch (InvalidInput | StateConflict refused) {
			redirect.addFlashAttribute("failed", refused.getMessage());
		}
		return "redirect:/participants/" + id + "#mentor-login";
	}

	/** Takes the link between the mentor's record and their login away: their pairs are no longer theirs to see. */
	@PostMapping("/participants/{id}/login/removal")
	String unlinkLogin(@PathVariable Long id, Authentication authentication, RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.of(authentication);
		Participant participant = access.toWrite(id, user);
		if (participant.getLogin() == null) {
			redirect.addFlashAttribute("failed", "Учётная запись с этим участником не связана");
			return "redirect:/participants/" + id + "#mentor-login";
		}
		mentorAccounts.link(id, null, user);
		redirect.addFlashAttribute("done", "Связь с учётной записью снята");
		return "redirect:/participants/" + id + "#mentor-login";
	}
}
