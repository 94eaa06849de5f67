package ru.nastavnik.pairing;

import java.text.Collator;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.TaskService;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.participant.AccessLog;
import ru.nastavnik.participant.AccessLogEntry;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.ParticipantProfiles;
import ru.nastavnik.participant.ParticipantRole;
import ru.nastavnik.problem.InvalidInput;
import ru.nastavnik.problem.NotFound;
import ru.nastavnik.problem.RuleViolation;
import ru.nastavnik.problem.StateConflict;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeHeading;
import ru.nastavnik.programme.ProgrammeProcess;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.time.RussianDates;
import ru.nastavnik.web.ConflictRetry;
import ru.nastavnik.web.WebPage;

/**
 * The working group's review of the proposed pairs as a page of the workspace, linked from the review task: every pair
 * of the programme's proposal in a table sorted, filtered and paged on the server, and the changes the review task
 * makes — exclude a pair, swap two pairs' mentors, add a pair, send a pair to the psychologist — each in one
 * transaction through {@link PairingReview}, which judges it by the hard constraints again. The rules are those of
 * {@code /api/programmes/{id}/matching} ({@link PairingAccess}); every name of a participant the page shows is a read
 * logged as one through the API.
 */
@WebPage
class ProposalPages {

	/** Pairs on one page of the table: a municipal proposal has hundreds. */
	static final int PAGE_SIZE = 100;

	private static final String PAGE = "/programmes/{id}/pairs/proposal";

	private final PairingAccess access;

	private final PairingReview review;

	private final ParticipantProfiles profiles;

	private final AccessLog accessLog;

	private final ConflictRetry transaction;

	private final TaskService taskService;

	ProposalPages(PairingAccess access, PairingReview review, ParticipantProfiles profiles, AccessLog accessLog,
			ConflictRetry transaction, TaskService taskService) {
		this.access = access;
		this.review = review;
		this.profiles = profiles;
		this.accessLog = accessLog;
		this.transaction = transaction;
		this.taskService = taskService;
	}

	/** What a person typed into the forms of changes, kept to show it again next to the reason it was refused. */
	record ChangeForm(String firstPairId, String secondPairId, String menteeId, String mentorId) {

		static final ChangeForm EMPTY = new ChangeForm(null, null, null, null);
	}

	/** A choice in a list: a participant or a form of mentoring. */
	record Option(String value, String title) {
	}

	/** The proposal's figures above the table. */
	record Figures(int pairs, long proposed, long active, long flagged, int unmatched, long totalScore, String lastRun) {
	}

	@GetMapping(PAGE)
	ModelAndView show(@PathVariable Long id, @RequestParam Map<String, String> parameters,
			Authentication authentication, HttpServletRequest request) {
		CurrentUser user = CurrentUser.of(authentication);
		Programme programme = access.programme(id, user, PairingAccess.PROPOSAL_READERS);
		PairQuery.Parsed parsed = PairQuery.parse(parameters);
		ModelAndView page = new ModelAndView("pairing/proposal",
				parsed.errors().isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY);
		fill(page.getModelMap(), programme, user, parsed.query(), parsed.errors(), ChangeForm.EMPTY, request);
		return page;
	}

	@PostMapping(PAGE + "/{pairId}/removal")
	ModelAndView remove(@PathVariable Long id, @PathVariable Long pairId, @RequestParam Map<String, String> parameters,
			Authentication authentication, HttpServletRequest request, RedirectAttributes redirect) {
		return change(id, parameters, authentication, request, redirect, "pair-" + pairId, ChangeForm.EMPTY,
				Map.of(), (programme, by) -> {
					review.remove(programme, pairId, by);
					return "Пара № " + pairId + " исключена из предложения: наставляемый ждёт нового наставника";
				});
	}

	@PostMapping(PAGE + "/{pairId}/psychologist")
	ModelAndView flag(@PathVariable Long id, @PathVariable Long pairId, @RequestParam Map<String, String> parameters,
			Authentication authentication, HttpServletRequest request, RedirectAttributes redirect) {
		return change(id, parameters, authentication, request, redirect, "pair-" + pairId, ChangeForm.EMPTY,
				Map.of(), (programme, by) -> {
					review.flag(programme, pairId);
					return "Пара № " + pairId + " направлена педагогу-психологу: его задача появится, когда рабочая "
							+ "группа завершит задачу разбора пар";
				});
	}

	@PostMapping(PAGE + "/swap")
	ModelAndView swap(@PathVariable Long id, @RequestParam(required = false) String firstPairId,
			@RequestParam(required = false) String secondPairId, @RequestParam Map<String, String> parameters,
			Authentication authentication, HttpServletRequest request, RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		Long first = number(firstPairId, "firstPairId", "Укажите номер первой пары", errors);
		Long second = number(secondPairId, "secondPairId", "Укажите номер второй пары", errors);
		return change(id, parameters, authentication, request, redirect, "swap",
				new ChangeForm(firstPairId, secondPairId, null, null), errors, (programme, by) -> {
					List<MentoringPair> made = review.swap(programme, first, second, by);
					return "Наставники пар № " + first + " и № " + second + " поменялись местами: теперь это пары № "
							+ made.get(0).getId() + " и № " + made.get(1).getId();
				});
	}

	@PostMapping(PAGE + "/additions")
	ModelAndView add(@PathVariable Long id, @RequestParam(required = false) String menteeId,
			@RequestParam(required = false) String mentorId, @RequestParam Map<String, String> parameters,
			Authentication authentication, HttpServletRequest request, RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		Long mentee = number(menteeId, "menteeId", "Выберите наставляемого", errors);
		Long mentor = number(mentorId, "mentorId", "Выберите наставника", errors);
		return change(id, parameters, authentication, request, redirect, "add",
				new ChangeForm(null, null, menteeId, mentorId), errors, (programme, by) -> {
					MentoringPair pair = review.add(programme, mentee, mentor, by);
					return "Пара № " + pair.getId() + " добавлена: «" + pair.getForm().title() + "», оценка "
							+ pair.getScore();
				});
	}

	/**
	 * Makes the person's change in one transaction and shows the same table again with what was done; a refusal
	 * changes nothing and shows the table with the reason next to the form or the pair it is about.
	 */
	private ModelAndView change(Long id, Map<String, String> parameters, Authentication authentication,
			HttpServletRequest request, RedirectAttributes redirect, String errorKey, ChangeForm form,
			Map<String, String> inputErrors, BiFunction<Programme, String, String> change) {
		CurrentUser user = CurrentUser.of(authentication);
		Programme programme = access.programme(id, user, PairingAccess.REVIEWERS);
		PairQuery query = PairQuery.parse(parameters).query();
		Map<String, String> errors = new LinkedHashMap<>(inputErrors);
		if (errors.isEmpty()) {
			try {
				// the programme read again inside the change's transaction: the change works on attached entities
				String done = transaction.inTransaction(() -> change
					.apply(access.programme(id, user, PairingAccess.REVIEWERS), user.login()));
				redirect.addFlashAttribute("done", done);
				return new ModelAndView("redirect:/programmes/" + id + "/pairs/proposal" + query.asQuery());
			}
			catch (RuleViolation | StateConflict | InvalidInput | NotFound refused) {
				errors.put(errorKey, refused.getMessage());
			}
		}
		ModelAndView page = new ModelAndView("pairing/proposal", HttpStatus.UNPROCESSABLE_ENTITY);
		fill(page.getModelMap(), programme, user, query, errors, form, request);
		page.addObject("refused", errors.get(errorKey) != null ? errors.get(errorKey)
				: "Изменение не сделано: исправьте отмеченные поля");
		return page;
	}

	private static Long number(String text, String field, String missing, Map<String, String> errors) {
		if (text == null || text.isBlank()) {
			errors.put(field, missing);
			return null;
		}
		String digits = text.strip().startsWith("№") ? text.strip().substring(1).strip() : text.strip();
		try {
			return Long.valueOf(digits);
		}
		catch (NumberFormatException e) {
			errors.put(field, "Номер — целое число, например 12");
			return null;
		}
	}

	private void fill(ModelMap model, Programme programme, CurrentUser user, PairQuery query,
			Map<String, String> errors, ChangeForm form, HttpServletRequest request) {
		Proposal proposal = review.proposal(programme);
		List<Proposal.PairView> found = query.select(proposal.pairs());
		int pages = Math.max(1, (found.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int number = Math.min(query.page(), pages - 1);
		List<Proposal.PairView> rows = found.subList(number * PAGE_SIZE,
				Math.min(found.size(), (number + 1) * PAGE_SIZE));
		boolean mayChange = PairingAccess.REVIEWERS.stream().anyMatch(user::has);
		Set<Long> named = new HashSet<>();
		rows.forEach(pair -> {
			named.add(pair.mentor().id());
			named.add(pair.mentee().id());
		});
		proposal.unmatched().forEach(alone -> named.add(alone.mentee().id()));
		List<Option> mentors = proposal.pairs().stream()
			.map(Proposal.PairView::mentor)
			.collect(Collectors.toMap(Proposal.Person::id, Proposal.Person::name, (a, b) -> a))
			.entrySet().stream()
			.map(mentor -> new Option(mentor.getKey().toString(), mentor.getValue() + " (№ " + mentor.getKey() + ")"))
			.sorted(byTitle())
			.toList();
		mentors.forEach(mentor -> named.add(Long.valueOf(mentor.value())));
		model.addAttribute("programme", ProgrammeHeading.of(programme));
		model.addAttribute("figures", figures(proposal, programme.getZone()));
		model.addAttribute("rows", rows);
		model.addAttribute("found", found.size());
		model.addAttribute("page", number);
		model.addAttribute("pages", pages);
		model.addAttribute("query", query);
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		model.addAttribute("unmatched", proposal.unmatched());
		model.addAttribute("forms", proposal.pairs().stream()
			.map(pair -> new Option(pair.form(), pair.formTitle()))
			.distinct()
			.sorted(byTitle())
			.toList());
		model.addAttribute("mentors", mentors);
		model.addAttribute("states", PairQuery.STATES);
		model.addAttribute("mayChange", mayChange);
		if (mayChange) {
			Set<Long> paired = proposal.pairs().stream().map(pair -> pair.mentee().id()).collect(Collectors.toSet());
			List<Participant> inBase = profiles.inBase(programme.getId());
			List<Option> freeMentees = options(inBase.stream()
				.filter(participant -> participant.getRole() == ParticipantRole.MENTEE)
				.filter(participant -> !paired.contains(participant.getId()))
				.toList());
			List<Option> baseMentors = options(inBase.stream()
				.filter(participant -> participant.getRole() == ParticipantRole.MENTOR)
				.toList());
			freeMentees.forEach(option -> named.add(Long.valueOf(option.value())));
			baseMentors.forEach(option -> named.add(Long.valueOf(option.value())));
			model.addAttribute("freeMentees", freeMentees);
			model.addAttribute("baseMentors", baseMentors);
			model.addAttribute("reviewTask", reviewTask(programme));
		}
		// the names on the page are reads of the participants' records: a minor's is logged, as through the API
		accessLog.read(named, user.login(), AccessLogEntry.Channel.PAGE, AccessLog.resource(request),
				AccessLogEntry.Result.GRANTED);
	}

	private static Figures figures(Proposal proposal, ZoneId zone) {
		long proposed = proposal.pairs().stream().filter(pair -> pair.status() == PairStatus.PROPOSED).count();
		long active = proposal.pairs().stream().filter(pair -> pair.status() == PairStatus.ACTIVE).count();
		long flagged = proposal.pairs().stream().filter(Proposal.PairView::flagged).count();
		Proposal.RunView run = proposal.lastRun();
		return new Figures(proposal.pairs().size(), proposed, active, flagged, proposal.unmatched().size(),
				proposal.totalScore(), run == null ? null
						: RussianDates.formatWithTime(run.runAt(), zone) + ", " + run.runBy());
	}

	private static List<Option> options(List<Participant> participants) {
		return participants.stream()
			.map(participant -> new Option(participant.getId().toString(),
					participant.displayName() + " (№ " + participant.getId() + ")"))
			.sorted(byTitle())
			.toList();
	}

	private static Comparator<Option> byTitle() {
		Collator russian = Collator.getInstance(Locale.forLanguageTag("ru-RU"));
		return Comparator.comparing(Option::title, russian);
	}

	/** The open task of reviewing the programme's pairs, to go back to it in Tasklist, or {@code null}. */
	private String reviewTask(Programme programme) {
		return taskService.createTaskQuery()
			.processVariableValueEquals(ProgrammeProcess.Var.PROGRAMME_ID.name(), programme.getId())
			.taskDefinitionKeyIn(PairingProcess.REVIEW_PAIRS, PairingProcess.REWORK_PAIRS)
			.list().stream()
			.map(task -> task.getId())
			.findFirst()
			.orElse(null);
	}
}
