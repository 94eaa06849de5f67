package ru.nastavnik.pairwork;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.participant.AccessLog;
import ru.nastavnik.participant.AccessLogEntry;
import ru.nastavnik.problem.InvalidInput;
import ru.nastavnik.problem.NotFound;
import ru.nastavnik.problem.NotPermitted;
import ru.nastavnik.problem.StateConflict;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.security.PeopleNames;
import ru.nastavnik.time.RussianDates;
import ru.nastavnik.web.WebPage;

/**
 * The pair's individual plan on the workspace's pages (step 22): the version in force with its goals, tasks and
 * schedule, whether each side agreed, its earlier versions, and — for the curator and the working group — the forms
 * that draft it, mark the agreement and assess its goals; and the plan as a PDF to print and sign.
 */
@WebPage
class PlanPages {

	private final MeetingLog log;

	private final IndividualPlanning planning;

	private final PlanPrint print;

	private final AccessLog accessLog;

	private final MeetingCalendar calendar;

	private final Clock clock;

	/** How many of the pair's next meetings its calendar file gives. */
	static final int MEETINGS_IN_CALENDAR = 10;

	private final PeopleNames names;

	PlanPages(MeetingLog log, IndividualPlanning planning, PlanPrint print, AccessLog accessLog,
			MeetingCalendar calendar, PeopleNames names, Clock clock) {
		this.names = names;
		this.calendar = calendar;
		this.log = log;
		this.planning = planning;
		this.print = print;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	/** The agreement's days as typed, to show them again next to the reason they were refused. */
	record AgreementForm(String mentorAgreedOn, String menteeAgreedOn) {
	}

	/** Each goal's outcome and comment as chosen, by the goal's id. */
	record AssessmentForm(Map<Long, String> outcomes, Map<Long, String> comments) {
	}

	/** A version in the plan's history. */
	record VersionRow(int version, String draftedBy, String draftedAt, String agreement, String supersededAt) {
	}

	/**
	 * The pair's sides as the plan names their agreement: a minor's is the legal representative's signature.
	 *
	 * @param menteeRepresentative the minor mentee's legal representative, if known, for the PDF's signature line
	 */
	record Sides(boolean mentorMinor, boolean menteeMinor, String menteeRepresentative) {

		/** «согласовано 01.12.2026», or for a minor «подпись законного представителя получена 01.12.2026». */
		static String agreement(boolean minor, LocalDate on) {
			if (on == null) {
				return minor ? "подпись законного представителя ещё не получена" : "ещё не согласовано";
			}
			return (minor ? "подпись законного представителя получена " : "согласовано ") + RussianDates.format(on);
		}
	}

	@GetMapping("/pairs/{id}/plan")
	String plan(@PathVariable Long id, Authentication authentication, Model model, HttpServletRequest request) {
		CurrentUser user = CurrentUser.of(authentication);
		MeetingLog.PairView pair = log.pair(id, user, MeetingLog.READERS);
		Optional<IndividualPlan> plan = planning.current(id);
		fill(model.asMap(), pair, user, plan);
		model.addAttribute("form", plan.map(PlanForm::of).orElseGet(() -> PlanForm.empty(LocalDate.now(clock))));
		logReads(pair.participantIds(), user, request);
		return "pairwork/plan";
	}

	@PostMapping("/pairs/{id}/plan")
	ModelAndView draft(@PathVariable Long id, @ModelAttribute("form") PlanForm form, Authentication authentication,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.of(authentication);
		MeetingLog.PairView pair = recorder(id, user);
		try {
			IndividualPlan plan = planning.draft(pair, form.draft(), user.login());
			redirect.addFlashAttribute("done", "Индивидуальный план сохранён: версия " + plan.getVersion());
			return new ModelAndView("redirect:/pairs/" + id + "/plan");
		}
		catch (InvalidInput | StateConflict refused) {
			ModelAndView page = refused(pair, user, "formError", refused);
			page.addObject("form", form.padded());
			return page;
		}
	}

	@PostMapping("/pairs/{id}/plan/agreement")
	ModelAndView agree(@PathVariable Long id, @RequestParam(required = false) String mentorAgreedOn,
			@RequestParam(required = false) String menteeAgreedOn, Authentication authentication,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.of(authentication);
		MeetingLog.PairView pair = recorder(id, user);
		try {
			IndividualPlan plan = planning.markAgreements(pair, PlanForm.date(mentorAgreedOn, "Согласование наставника"),
					PlanForm.date(menteeAgreedOn, "Согласование наставляемого"), user.login());
			redirect.addFlashAttribute("done", plan.isAgreed()
					? "План, версия " + plan.getVersion() + ", согласован обеими сторонами"
					: "Согласование плана отмечено: ждём вторую сторону");
			return new ModelAndView("redirect:/pairs/" + id + "/plan");
		}
		catch (InvalidInput | StateConflict refused) {
			ModelAndView page = refused(pair, user, "agreementError", refused);
			page.addObject("agreement", new AgreementForm(mentorAgreedOn, menteeAgreedOn));
			return page;
		}
	}

	@PostMapping("/pairs/{id}/plan/outcomes")
	ModelAndView assess(@PathVariable Long id, @RequestParam Map<String, String> fields,
			Authentication authentication, RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.of(authentication);
		MeetingLog.PairView pair = recorder(id, user);
		List<PlanGoal> goals = planning.current(id).map(IndividualPlan::getGoals).orElse(List.of());
		Map<Long, String> outcomes = new HashMap<>();
		Map<Long, String> comments = new HashMap<>();
		goals.forEach(goal -> {
			outcomes.put(goal.getId(), fields.get("outcome-" + goal.getId()));
			comments.put(goal.getId(), fields.get("comment-" + goal.getId()));
		});
		try {
			Map<Long, IndividualPlanning.Assessment> byGoal = new HashMap<>();
			goals.forEach(goal -> byGoal.put(goal.getId(), new IndividualPlanning.Assessment(
					outcome(outcomes.get(goal.getId())), comments.get(goal.getId()))));
			planning.assess(pair, byGoal);
			redirect.addFlashAttribute("done", "Итоги по целям плана записаны");
			return new ModelAndView("redirect:/pairs/" + id + "/plan");
		}
		catch (InvalidInput | StateConflict refused) {
			ModelAndView page = refused(pair, user, "assessmentError", refused);
			page.addObject("assessment", new AssessmentForm(outcomes, comments));
			return page;
		}
	}

	/**
	 * The pair's next meetings by its agreed plan as calendar events, to add to the calendar a teacher already uses;
	 * read as the plan's page is.
	 */
	@GetMapping("/pairs/{id}/plan.ics")
	ResponseEntity<byte[]> ics(@PathVariable Long id, Authentication authentication, HttpServletRequest request) {
		CurrentUser user = CurrentUser.of(authentication);
		MeetingLog.PairView pair = log.pair(id, user, MeetingLog.READERS);
		IndividualPlan plan = planning.current(id).filter(IndividualPlan::isAgreed)
			.orElseThrow(() -> new NotFound("У пары № " + id + " нет согласованного индивидуального плана: "
					+ "встреч по графику ещё нет"));
		Programme programme = log.programme(pair.programmeId(), user, MeetingLog.READERS);
		byte[] ics = calendar.calendar(pair, plan, calendar.upcoming(id, programme.getZone(), MEETINGS_IN_CALENDAR));
		logReads(pair.participantIds(), user, request);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(MeetingCalendar.MEDIA_TYPE + ";charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("pair-" + id + "-meetings.ics")
				.build()
				.toString())
			.body(ics);
	}

	@GetMapping("/pairs/{id}/plan.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable Long id, Authentication authentication, HttpServletRequest request) {
		CurrentUser user = CurrentUser.of(authentication);
		PlanPrint.Printed printed = print.print(id, user);
		logReads(printed.participantIds(), user, request);
		return printed.download();
	}

	/** The pair, for the curator or the working group: who else reads the plan changes nothing in it. */
	private MeetingLog.PairView recorder(Long id, CurrentUser user) {
		MeetingLog.PairView pair = log.pair(id, user, MeetingLog.READERS);
		if (MeetingLog.RECORDERS.stream().noneMatch(user::has)) {
			throw new NotPermitted("Индивидуальный план составляют и отмечают куратор и рабочая группа");
		}
		return pair;
	}

	/** The page again, with the reason its form was refused and nothing written. */
	private ModelAndView refused(MeetingLog.PairView pair, CurrentUser user, String error, RuntimeException refused) {
		Optional<IndividualPlan> plan = planning.current(pair.id());
		ModelAndView page = new ModelAndView("pairwork/plan", HttpStatus.UNPROCESSABLE_ENTITY);
		fill(page.getModel(), pair, user, plan);
		page.addObject("form", plan.map(PlanForm::of).orElseGet(() -> PlanForm.empty(LocalDate.now(clock))));
		page.addObject(error, refused.getMessage());
		return page;
	}

	private void fill(Map<String, Object> model, MeetingLog.PairView pair, CurrentUser user,
			Optional<IndividualPlan> plan) {
		ZoneId zone = log.programmeOf(pair, user).getZone();
		Sides sides = print.sides(pair);
		model.put("pair", pair);
		model.put("plan", plan.orElse(null));
		model.put("meetingsByTask", log.log(pair).stream().flatMap(meeting -> meeting.getAdvancedTaskIds().stream())
			.collect(java.util.stream.Collectors.groupingBy(id -> id, java.util.stream.Collectors.counting())));
		model.put("schedule", plan.map(PlanDocument::schedule).orElse(null));
		model.put("drafted", plan.map(found -> names.of(found.getDraftedBy()) + ", "
				+ RussianDates.formatWithTime(found.getDraftedAt(), zone)).orElse(null));
		model.put("sides", sides);
		model.put("mentorAgreement", plan.map(found -> Sides.agreement(sides.mentorMinor(), found.getMentorAgreedOn()))
			.orElse(null));
		model.put("menteeAgreement", plan.map(found -> Sides.agreement(sides.menteeMinor(), found.getMenteeAgreedOn()))
			.orElse(null));
		model.put("versions", planning.versions(pair.id()).stream().map(version -> new VersionRow(
				version.getVersion(), names.of(version.getDraftedBy()), RussianDates.formatWithTime(version.getDraftedAt(), zone),
				version.isAgreed() ? "согласована" : version.isAgreedByAnyone() ? "согласована одной стороной" : "—",
				version.getSupersededAt() == null ? "действует"
						: RussianDates.formatWithTime(version.getSupersededAt(), zone)))
			.toList());
		model.put("mayEdit", pair.active() && MeetingLog.RECORDERS.stream().anyMatch(user::has));
		model.put("cadences", MeetingCadence.values());
		model.put("outcomeChoices", GoalOutcome.values());
		model.put("agreement", new AgreementForm(
				plan.map(IndividualPlan::getMentorAgreedOn).map(LocalDate::toString).orElse(null),
				plan.map(IndividualPlan::getMenteeAgreedOn).map(LocalDate::toString).orElse(null)));
		Map<Long, String> outcomes = new HashMap<>();
		Map<Long, String> comments = new HashMap<>();
		plan.ifPresent(found -> found.getGoals().forEach(goal -> {
			outcomes.put(goal.getId(), goal.getOutcome() == null ? null : goal.getOutcome().name());
			comments.put(goal.getId(), goal.getOutcomeComment());
		}));
		model.put("assessment", new AssessmentForm(outcomes, comments));
	}

	/** The names on the page are reads of the participants' records: a minor's is logged, as through the API. */
	private void logReads(Collection<Long> participantIds, CurrentUser user, HttpServletRequest request) {
		accessLog.read(participantIds, user.login(), AccessLogEntry.Channel.PAGE, AccessLog.resource(request),
				AccessLogEntry.Result.GRANTED);
	}

	private static GoalOutcome outcome(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return GoalOutcome.valueOf(value.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput("Выберите итог цели из предложенных вариантов");
		}
	}
}
