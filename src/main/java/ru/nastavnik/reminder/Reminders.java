package ru.nastavnik.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.notification.Outbox;
import ru.nastavnik.pairwork.MeetingCalendar;
import ru.nastavnik.pairwork.MeetingCalendar.ScheduledMeeting;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.Participants;
import ru.nastavnik.participant.Person;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeProcess;
import ru.nastavnik.security.Role;
import ru.nastavnik.time.RussianDates;

/**
 * The daily reminders of a programme, through the outbox, each once: the day before a pair's scheduled meeting its
 * mentor (a minor mentor's legal representative) gets a mail with the meeting as a calendar event — the working group
 * gets it when the mentor has no address — and {@code nastavnik.reminders.days-before-due} days before an open step's
 * due date its groups are reminded. A meeting recorded before its day moves the schedule, so no reminder comes for it.
 */
@Service
public class Reminders {

	static final String MEETING_TEMPLATE = "meeting-reminder";

	static final String STEP_TEMPLATE = "step-reminder";

	/** What was sent in one run. */
	public record Sent(int meetings, int steps) {
	}

	private final MeetingCalendar calendar;

	private final Participants participants;

	private final TaskService taskService;

	private final RemindersSent sent;

	private final Outbox outbox;

	private final Clock clock;

	private final int daysBeforeDue;

	private final String tasklistUrl;

	Reminders(MeetingCalendar calendar, Participants participants, TaskService taskService, RemindersSent sent,
			Outbox outbox, Clock clock, @Value("${nastavnik.reminders.days-before-due:3}") int daysBeforeDue,
			@Value("${nastavnik.tasklist-url}") String tasklistUrl) {
		if (daysBeforeDue < 1) {
			throw new IllegalArgumentException("nastavnik.reminders.days-before-due — не меньше одного дня");
		}
		this.calendar = calendar;
		this.participants = participants;
		this.taskService = taskService;
		this.sent = sent;
		this.outbox = outbox;
		this.clock = clock;
		this.daysBeforeDue = daysBeforeDue;
		this.tasklistUrl = tasklistUrl;
	}

	/** Today's reminders of the programme, in its organisation's zone; repeated the same day, it sends nothing more. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Sent remind(Programme programme) {
		LocalDate today = LocalDate.now(clock.withZone(programme.getZone()));
		return new Sent(meetings(programme, today.plusDays(1)), steps(programme, today.plusDays(daysBeforeDue)));
	}

	private int meetings(Programme programme, LocalDate day) {
		String tenant = programme.getOrganisation().getTenantId();
		int count = 0;
		for (ScheduledMeeting meeting : calendar.meetingsOn(programme, day)) {
			if (!claim(ReminderSent.Kind.MEETING, "pair-" + meeting.pair().id(), day)) {
				continue;
			}
			Outbox.Attachment event = new Outbox.Attachment("meeting-" + day + ".ics",
					MeetingCalendar.MEDIA_TYPE + "; charset=UTF-8; method=PUBLISH",
					calendar.calendar(meeting.pair(), meeting.plan(), List.of(day)));
			Map<String, Object> model = new HashMap<>();
			model.put("mentor", meeting.pair().mentor());
			model.put("mentee", meeting.pair().mentee());
			model.put("date", RussianDates.format(day));
			model.put("cadence", meeting.plan().getCadence().title());
			model.put("direction", blankToNull(meeting.plan().getDirection()));
			model.put("logUrl", calendar.logUrl(meeting.pair().id()));
			Participant mentor = participants.findById(meeting.mentorId()).orElseThrow();
			Person addressee = mentor.isMinor() && mentor.getRepresentative() != null ? mentor.getRepresentative()
					: mentor.getPerson();
			if (reachable(addressee)) {
				model.put("recipient", addressee.getFullName());
				model.put("representative", addressee != mentor.getPerson());
				model.put("toGroup", false);
				outbox.postToPerson(tenant, addressee.getId(), MEETING_TEMPLATE, model, event);
			}
			else {
				model.put("representative", false);
				model.put("toGroup", true);
				outbox.postToOrganisationRoles(tenant, List.of(Role.WORKING_GROUP), MEETING_TEMPLATE, model, event);
			}
			count++;
		}
		return count;
	}

	/**
	 * The programme's open tasks due on the day, told to their groups: one mail for the tasks of one step with the
	 * same groups (a step worked once per person — a questionnaire each — is one mail, not hundreds).
	 */
	private int steps(Programme programme, LocalDate dueOn) {
		ZoneId zone = programme.getZone();
		String tenant = programme.getOrganisation().getTenantId();
		Date from = Date.from(dueOn.atStartOfDay(zone).toInstant());
		Date to = Date.from(dueOn.plusDays(1).atStartOfDay(zone).toInstant());
		List<Task> due = taskService.createTaskQuery()
			.tenantIdIn(tenant)
			.processVariableValueEquals(ProgrammeProcess.Var.PROGRAMME_ID.name(), programme.getId())
			.active()
			.dueAfter(new Date(from.getTime() - 1))
			.dueBefore(to)
			.orderByTaskCreateTime().asc()
			.list();
		Map<String, List<Task>> bySteps = new LinkedHashMap<>();
		Map<String, List<Role>> rolesOf = new HashMap<>();
		for (Task task : due) {
			List<Role> roles = taskService.getIdentityLinksForTask(task.getId()).stream()
				.map(IdentityLink::getGroupId)
				.filter(Objects::nonNull)
				.map(Role::ofGroup)
				.flatMap(Optional::stream)
				.distinct()
				.sorted()
				.toList();
			if (roles.isEmpty()) {
				continue;
			}
			String key = task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey() + "/" + roles;
			bySteps.computeIfAbsent(key, ignored -> new ArrayList<>()).add(task);
			rolesOf.put(key, roles);
		}
		int count = 0;
		for (Map.Entry<String, List<Task>> step : bySteps.entrySet()) {
			List<Task> unreminded = step.getValue().stream()
				.filter(task -> claim(ReminderSent.Kind.STEP, task.getId(), dueOn))
				.toList();
			if (unreminded.isEmpty()) {
				continue;
			}
			List<Role> roles = rolesOf.get(step.getKey());
			Map<String, Object> model = new HashMap<>();
			model.put("step", unreminded.get(0).getName());
			model.put("hasOthers", unreminded.size() > 1);
			model.put("others", unreminded.size() - 1);
			model.put("dueOn", RussianDates.format(dueOn));
			model.put("days", daysBeforeDue);
			model.put("groups", roles.stream().map(Role::title).collect(Collectors.joining(", ")));
			model.put("tasklistUrl", tasklistUrl);
			outbox.postToOrganisationRoles(tenant, roles, STEP_TEMPLATE, model);
			count += unreminded.size();
		}
		return count;
	}

	/** Records that the reminder goes out, unless it went out already. */
	private boolean claim(ReminderSent.Kind kind, String subjectKey, LocalDate dueOn) {
		if (sent.existsByKindAndSubjectKeyAndDueOn(kind, subjectKey, dueOn)) {
			return false;
		}
		sent.save(new ReminderSent(kind, subjectKey, dueOn, clock.instant()));
		return true;
	}

	private static boolean reachable(Person person) {
		return !person.isErased() && person.getEmail() != null && !person.getEmail().isBlank();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
