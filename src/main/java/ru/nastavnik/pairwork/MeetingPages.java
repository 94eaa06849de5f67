package ru.nastavnik.pairwork;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.participant.AccessLog;
import ru.nastavnik.participant.AccessLogEntry;
import ru.nastavnik.problem.InvalidInput;
import ru.nastavnik.problem.StateConflict;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeHeading;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.security.PeopleNames;
import ru.nastavnik.time.RussianDates;
import ru.nastavnik.web.WebPage;

/**
 * The pairs' meeting log on the workspace's pages: the programme's pairs with how many meetings each held and when
 * the last was (a silent pair shows at once), and each pair's log with the form that records a meeting.
 */
@WebPage
class MeetingPages {

	private final MeetingLog log;

	private final AccessLog accessLog;

	private final IndividualPlanning planning;

	private final Clock clock;

	private final PeopleNames names;

	MeetingPages(MeetingLog log, IndividualPlanning planning, AccessLog accessLog, PeopleNames names, Clock clock) {
		this.names = names;
		this.planning = planning;
		this.log = log;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	/** The form as it was filled, to show it again next to the reason it was refused. */
	record MeetingForm(String heldOn, String durationMinutes, String format, String attendance, String topic,
			String done, String nextSteps, List<Long> advanced, List<Long> completed) {

		MeetingForm {
			advanced = advanced == null ? List.of() : List.copyOf(advanced);
			completed = completed == null ? List.of() : List.copyOf(completed);
		}
	}

	@GetMapping("/programmes/{id}/pairs")
	String pairs(@PathVariable Long id, Authentication authentication, Model model, HttpServletRequest request) {
		CurrentUser user = CurrentUser.of(authentication);
		Programme programme = log.programme(id, user, MeetingLog.READERS);
		List<MeetingLog.PairSummary> pairs = log.overview(programme);
		model.addAttribute("programme", ProgrammeHeading.of(programme));
		model.addAttribute("pairs", pairs);
		logReads(pairs.stream().flatMap(pair -> pair.pair().participantIds().stream()).toList(), user, request);
		return "pairwork/pairs";
	}

	/** A staff mentor's own pairs, and only those («Мои пары»). */
	@GetMapping("/my/pairs")
	String mine(Authentication authentication, Model model, HttpServletRequest request) {
		CurrentUser user = CurrentUser.of(authentication);
		List<MeetingLog.PairSummary> pairs = log.mine(user);
		model.addAttribute("pairs", pairs);
		logReads(pairs.stream().flatMap(pair -> pair.pair().participantIds().stream()).toList(), user, request);
		return "pairwork/my-pairs";
	}

	@GetMapping("/pairs/{id}/meetings")
	String meetings(@PathVariable Long id, Authentication authentication, Model model, HttpServletRequest request) {
		CurrentUser user = CurrentUser.of(authentication);
		MeetingLog.PairView pair = log.pair(id, user, MeetingLog.READERS);
		fill(model.asMap(), pair, user, new MeetingForm(LocalDate.now(clock).toString(), "45", "IN_PERSON", "BOTH",
				null, null, null, null, null));
		logReads(pair.participantIds(), user, request);
		return "pairwork/meetings";
	}

	@PostMapping("/pairs/{id}/meetings")
	ModelAndView record(@PathVariable Long id, @RequestParam(required = false) String heldOn,
			@RequestParam(required = false) String durationMinutes, @RequestParam(required = false) String format,
			@RequestParam(required = false) String attendance, @RequestParam(required = false) String topic,
			@RequestParam(required = false) String done, @RequestParam(required = false) String nextSteps,
			@RequestParam(required = false) List<Long> advanced, @RequestParam(required = false) List<Long> completed,
			Authentication authentication, RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.of(authentication);
		MeetingForm form = new MeetingForm(heldOn, durationMinutes, format, attendance, topic, done, nextSteps,
				advanced, completed);
		try {
			PairMeeting meeting = log.record(id, new MeetingLog.NewMeeting(date(heldOn), minutes(durationMinutes),
					choice(MeetingFormat.class, format), choice(MeetingAttendance.class, attendance), topic, done,
					nextSteps), new MeetingLog.PlanProgress(Set.copyOf(form.advanced()), Set.copyOf(form.completed())),
					user);
			redirect.addFlashAttribute("done", "Встреча " + RussianDates.format(meeting.getHeldOn())
					+ " записана в журнал");
			return new ModelAndView("redirect:/pairs/" + id + "/meetings");
		}
		catch (InvalidInput | StateConflict refused) {
			MeetingLog.PairView pair = log.pair(id, user, MeetingLog.READERS);
			ModelAndView page = new ModelAndView("pairwork/meetings", HttpStatus.UNPROCESSABLE_ENTITY);
			fill(page.getModel(), pair, user, form);
			page.addObject("formError", refused.getMessage());
			return page;
		}
	}

	private void fill(Map<String, Object> model, MeetingLog.PairView pair, CurrentUser user, MeetingForm form) {
		model.put("pair", pair);
		List<PairMeeting> meetings = log.log(pair);
		model.put("meetings", meetings);
		model.put("recorders", names.of(meetings.stream().map(PairMeeting::getRecordedBy).toList()));
		model.put("planTasks", planning.current(pair.id()).stream().flatMap(plan -> plan.getGoals().stream())
			.flatMap(goal -> goal.getTasks().stream()).toList());
		Map<Long, PlanTask> tasks = planning.tasksEver(pair.id());
		model.put("progressOf", meetings.stream().filter(meeting -> !meeting.getAdvancedTaskIds().isEmpty())
			.collect(Collectors.toMap(PairMeeting::getId, meeting -> meeting.getAdvancedTaskIds().stream()
				.map(tasks::get).filter(Objects::nonNull)
				.map(task -> task.getTitle() + (meeting.getHeldOn().equals(task.getDoneOn()) ? " (выполнена)" : ""))
				.sorted().collect(Collectors.joining("; ")))));
		model.put("mayRecord", log.mayRecord(pair, user));
		model.put("formats", MeetingFormat.values());
		model.put("attendances", MeetingAttendance.values());
		model.put("form", form);
	}

	/** The names on the page are reads of the participants' records: a minor's is logged, as through the API. */
	private void logReads(Collection<Long> participantIds, CurrentUser user, HttpServletRequest request) {
		accessLog.read(participantIds, user.login(), AccessLogEntry.Channel.PAGE, AccessLog.resource(request),
				AccessLogEntry.Result.GRANTED);
	}

	private static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInput("Дата встречи — в формате ГГГГ-ММ-ДД");
		}
	}

	private static Integer minutes(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidInput("Продолжительность встречи — целое число минут");
		}
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput("Выберите один из предложенных вариантов");
		}
	}
}
