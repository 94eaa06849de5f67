package ru.nastavnik.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.approval.Approval;
import ru.nastavnik.problem.InvalidInput;
import ru.nastavnik.problem.NotPermitted;
import ru.nastavnik.problem.RuleViolation;
import ru.nastavnik.problem.StateConflict;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.security.Role;
import ru.nastavnik.web.WebPage;

/**
 * The programmes on the workspace's pages: the list of the person's programmes with where each stands, and one
 * programme with its overdue steps, its plan, the changes of the plan's dates (a form to propose one) and the roadmap
 * to download. The same services and the same rules as {@code /api/programmes}.
 */
@WebPage
class ProgrammePages {

	private static final int PAGE_SIZE = 25;

	private final ProgrammeListing listing;

	private final ProgrammeManagement management;

	private final ProgrammeProgress progress;

	private final PlanRescheduling rescheduling;

	private final PlanChanges changes;

	private final Clock clock;

	private final List<ProgrammeDocumentShelf> shelves;

	private final List<ProgrammeWorkPage> workPages;

	ProgrammePages(ProgrammeListing listing, ProgrammeManagement management, ProgrammeProgress progress,
			PlanRescheduling rescheduling, PlanChanges changes, Clock clock, List<ProgrammeDocumentShelf> shelves,
			List<ProgrammeWorkPage> workPages) {
		this.clock = clock;
		this.shelves = shelves.stream().sorted(Comparator.comparingInt(ProgrammeDocumentShelf::order)).toList();
		this.workPages = workPages.stream().sorted(Comparator.comparingInt(ProgrammeWorkPage::order)).toList();
		this.listing = listing;
		this.management = management;
		this.progress = progress;
		this.rescheduling = rescheduling;
		this.changes = changes;
	}

	/** A change of the plan's dates as the page lists it. */
	record ChangeRow(String stepTitle, LocalDate previousDueOn, LocalDate requestedDueOn, String reason,
			String requestedBy, String statusTitle, String decidedBy, String decisionComment) {
	}

	/** What a person typed into the form to change a date, kept to show it again next to the reason it was refused. */
	record RescheduleForm(String step, LocalDate dueOn, String reason) {
	}

	/** What a person filled in to start a programme, kept to show it again next to the reason it was refused. */
	record StartForm(Long organisationId, String academicYear, ProgrammeAudience audience) {
	}

	@GetMapping("/programmes")
	String list(@RequestParam(defaultValue = "0") int page, Authentication authentication, Model model) {
		CurrentUser user = CurrentUser.of(authentication);
		fillList(model.asMap(), user, page, new StartForm(null,
				ProgrammeManagement.academicYearRunningOn(LocalDate.now(clock)), null));
		return "programme/list";
	}

	/** The director (or the municipal curator) starts the organisation's programme for an academic year. */
	@PostMapping("/programmes")
	ModelAndView start(@RequestParam(required = false) Long organisationId,
			@RequestParam(required = false) String academicYear,
			@RequestParam(required = false) ProgrammeAudience audience, Authentication authentication,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.of(authentication);
		if (!ProgrammeManagement.startsProgrammes(user)) {
			throw new NotPermitted("Запустить программу наставничества может руководитель организации или "
					+ "муниципальный куратор");
		}
		try {
			if (organisationId == null) {
				throw new InvalidInput("Выберите организацию");
			}
			Programme programme = management.start(organisationId, academicYear, audience, user);
			redirect.addFlashAttribute("done", "Программа на " + programme.getAcademicYear()
					+ " учебный год запущена: куратора назначает руководитель — задача «Назначить куратора программы» "
					+ "в Tasklist");
			return new ModelAndView("redirect:/programmes/" + programme.getId());
		}
		catch (InvalidInput | StateConflict refused) {
			ModelAndView page = new ModelAndView("programme/list", HttpStatus.UNPROCESSABLE_ENTITY);
			fillList(page.getModel(), user, 0, new StartForm(organisationId, academicYear, audience));
			page.addObject("startError", refused.getMessage());
			return page;
		}
	}

	private void fillList(Map<String, Object> model, CurrentUser user, int page, StartForm form) {
		model.put("programmes", listing.page(user, page, PAGE_SIZE));
		model.put("startable", management.startableBy(user));
		model.put("audiences", ProgrammeAudience.values());
		model.put("startForm", form);
	}

	@GetMapping("/programmes/{id}")
	String show(@PathVariable Long id, Authentication authentication, Model model) {
		fill(model, id, CurrentUser.of(authentication), new RescheduleForm(null, null, null));
		return "programme/show";
	}

	/** Every document the programme produced that the person may read, each with who made it and who decided what. */
	@GetMapping("/programmes/{id}/documents")
	String documents(@PathVariable Long id, Authentication authentication, Model model) {
		CurrentUser user = CurrentUser.of(authentication);
		Programme programme = management.get(id, user);
		model.addAttribute("programme", ProgrammeHeading.of(programme));
		model.addAttribute("documents", shelves.stream()
			.flatMap(shelf -> shelf.documents(programme, user).stream())
			.toList());
		return "programme/documents";
	}

	/**
	 * Proposes a new date for a step: applied at once before the roadmap is approved, afterwards sent to the director
	 * (the plan-change process). A refusal shows the page again with the reason next to the form.
	 */
	@PostMapping("/programmes/{id}/plan/changes")
	ModelAndView reschedule(@PathVariable Long id, @RequestParam(required = false) String step,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
			@RequestParam(required = false) String reason, Authentication authentication,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.of(authentication);
		RescheduleForm form = new RescheduleForm(step, dueOn, reason);
		try {
			if (step == null || step.isBlank()) {
				throw new InvalidInput("Выберите шаг плана");
			}
			PlanChange change = rescheduling.request(id, step, dueOn, reason, user);
			redirect.addFlashAttribute("done", change.getStatus() == PlanChange.Status.PENDING
					? "Изменение срока передано на решение руководителю организации"
					: "Срок шага изменён: новый срок — в плане ниже");
			return new ModelAndView("redirect:/programmes/" + id + "#plan");
		}
		catch (InvalidInput | RuleViolation | StateConflict e) {
			ModelAndView page = new ModelAndView("programme/show", HttpStatus.UNPROCESSABLE_ENTITY);
			fill(page.getModelMap(), id, user, form);
			page.addObject("formError", e.getMessage());
			return page;
		}
	}

	private void fill(Map<String, Object> model, Long id, CurrentUser user, RescheduleForm form) {
		Programme programme = management.get(id, user);
		List<PlanStep> plan = management.planOf(programme);
		Map<String, String> titles = plan.stream()
			.collect(Collectors.toMap(PlanStep::getStep, PlanStep::getTitle, (first, second) -> first));
		model.put("programme", listing.view(programme));
		model.put("workPages", workPages.stream()
			.flatMap(page -> page.link(programme, user).stream())
			.toList());
		model.put("overdue", progress.overdue(programme));
		model.put("plan", plan);
		model.put("changes", changes.findByProgrammeIdOrderById(id).stream()
			.map(change -> row(change, titles::get))
			.toList());
		model.put("mayReschedule", user.has(Role.CURATOR) || user.has(Role.WORKING_GROUP) || user.has(Role.DIRECTOR));
		model.put("form", form);
		model.put("today", LocalDate.now(clock));
	}

	private void fill(Model model, Long id, CurrentUser user, RescheduleForm form) {
		fill(model.asMap(), id, user, form);
	}

	private static ChangeRow row(PlanChange change, Function<String, String> titles) {
		String title = titles.apply(change.getStep());
		return new ChangeRow(title == null ? change.getStep() : title, change.getPreviousDueOn(),
				change.getRequestedDueOn(), change.getReason(), change.getRequestedBy(), change.getStatus().title(),
				change.getApproval().map(Approval::getDecidedBy).orElse(null),
				change.getApproval().map(Approval::getComment).orElse(null));
	}
}
