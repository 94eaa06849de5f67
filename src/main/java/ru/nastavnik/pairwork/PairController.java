package ru.nastavnik.pairwork;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.participant.AccessLog;
import ru.nastavnik.participant.AccessLogEntry;
import ru.nastavnik.problem.NotFound;
import ru.nastavnik.security.CurrentUser;

/**
 * The pair's work for the API's clients: the pair with its individual plan and meeting log, its meetings (read and
 * record), its plan as JSON and as the PDF the plan's page prints. Who may do what is the meeting log's rule: the
 * curator, the working group, the director and the auditor read; the curator and the working group record; a staff
 * mentor with a linked login reads and records their own pairs only. Another organisation's pair is «не найдена».
 * A meeting is checked by the log's own rules, so the API and the page refuse the same things in the same words.
 */
@RestController
@RequestMapping("/api/pairs")
@Tag(name = "Пары", description = "Работа пар наставничества: индивидуальный план и журнал встреч")
class PairController {

	private final MeetingLog log;

	private final IndividualPlanning planning;

	private final PlanPrint print;

	private final AccessLog accessLog;

	PairController(MeetingLog log, IndividualPlanning planning, PlanPrint print, AccessLog accessLog) {
		this.log = log;
		this.planning = planning;
		this.print = print;
		this.accessLog = accessLog;
	}

	/** The pair: its people by name, its form, since when and how it works. */
	record PairBody(Long id, Long programmeId, String mentor, String mentee, String form, LocalDate since,
			String status, boolean active) {

		static PairBody of(MeetingLog.PairView pair) {
			return new PairBody(pair.id(), pair.programmeId(), pair.mentor(), pair.mentee(), pair.form(), pair.since(),
					pair.status(), pair.active());
		}
	}

	record TaskBody(String title, String expectedResult, LocalDate dueOn) {

		static TaskBody of(PlanTask task) {
			return new TaskBody(task.getTitle(), task.getExpectedResult(), task.getDueOn());
		}
	}

	record GoalBody(String title, List<TaskBody> tasks, String outcome, String outcomeTitle, String outcomeComment) {

		static GoalBody of(PlanGoal goal) {
			return new GoalBody(goal.getTitle(), goal.getTasks().stream().map(TaskBody::of).toList(),
					goal.getOutcome() == null ? null : goal.getOutcome().name(),
					goal.getOutcome() == null ? null : goal.getOutcome().title(), goal.getOutcomeComment());
		}
	}

	/** The individual plan in force: its schedule of meetings, whether each side agreed, its goals. */
	record PlanBody(int version, String direction, String cadence, String cadenceTitle, int toleranceDays,
			LocalDate startsOn, boolean mentorAgreed, LocalDate mentorAgreedOn, boolean menteeAgreed,
			LocalDate menteeAgreedOn, boolean agreed, String draftedBy, Instant draftedAt, String resultSummary,
			List<GoalBody> goals) {

		static PlanBody of(IndividualPlan plan) {
			return new PlanBody(plan.getVersion(), plan.getDirection(), plan.getCadence().name(),
					plan.getCadence().title(), plan.getToleranceDays(), plan.getStartsOn(),
					plan.getMentorAgreedOn() != null, plan.getMentorAgreedOn(), plan.getMenteeAgreedOn() != null,
					plan.getMenteeAgreedOn(), plan.isAgreed(), plan.getDraftedBy(), plan.getDraftedAt(),
					plan.getResultSummary(), plan.getGoals().stream().map(GoalBody::of).toList());
		}
	}

	record MeetingBody(Long id, LocalDate heldOn, int durationMinutes, String format, String formatTitle,
			String attendance, String attendanceTitle, boolean held, String kind, String kindTitle, String topic,
			String done, String nextSteps, String recordedBy, Set<Long> advancedTaskIds) {

		static MeetingBody of(PairMeeting meeting) {
			return new MeetingBody(meeting.getId(), meeting.getHeldOn(), meeting.getDurationMinutes(),
					meeting.getFormat().name(), meeting.getFormat().title(), meeting.getAttendance().name(),
					meeting.getAttendance().title(), meeting.getAttendance().held(), meeting.getKind().name(),
					meeting.getKind().title(), meeting.getTopic(), meeting.getDone(), meeting.getNextSteps(),
					meeting.getRecordedBy(), meeting.getAdvancedTaskIds());
		}
	}

	/** The pair with its plan in force (none yet: {@code null}) and its log, the latest meeting first. */
	record PairCard(PairBody pair, PlanBody plan, List<MeetingBody> meetings) {
	}

	/**
	 * A meeting as the client records it: the log checks every field (a past day not before the pair was fixed, 10 to
	 * 480 minutes, a format, the attendance, the topic and what was done).
	 */
	record NewMeetingBody(LocalDate heldOn, Integer durationMinutes, MeetingFormat format,
			MeetingAttendance attendance, String topic, String done, String nextSteps, Set<Long> advancedTaskIds,
			Set<Long> doneTaskIds) {

		MeetingLog.NewMeeting meeting() {
			return new MeetingLog.NewMeeting(heldOn, durationMinutes, format, attendance, topic, done, nextSteps);
		}

		/** The plan's tasks the meeting advanced and finished; none when the client sends none. */
		MeetingLog.PlanProgress progress() {
			return new MeetingLog.PlanProgress(advancedTaskIds == null ? Set.of() : Set.copyOf(advancedTaskIds),
					doneTaskIds == null ? Set.of() : Set.copyOf(doneTaskIds));
		}
	}

	@GetMapping("/{id}")
	@Operation(summary = "Пара: наставник и наставляемый, форма, действующий индивидуальный план и журнал встреч "
			+ "(чтение записей несовершеннолетних записывается в журнал обращений)")
	PairCard get(@PathVariable Long id, Authentication authentication, HttpServletRequest request) {
		CurrentUser user = CurrentUser.of(authentication);
		MeetingLog.PairView pair = log.pair(id, user, MeetingLog.READERS);
		PairCard card = new PairCard(PairBody.of(pair),
				planning.current(id).map(PlanBody::of).orElse(null),
				log.log(pair).stream().map(MeetingBody::of).toList());
		logReads(pair.participantIds(), user, request);
		return card;
	}

	@GetMapping("/{id}/meetings")
	@Operation(summary = "Журнал встреч пары, последняя встреча первой")
	List<MeetingBody> meetings(@PathVariable Long id, Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		MeetingLog.PairView pair = log.pair(id, user, MeetingLog.READERS);
		return log.log(pair).stream().map(MeetingBody::of).toList();
	}

	@PostMapping("/{id}/meetings")
	@Operation(summary = "Записать прошедшую встречу пары (куратор, рабочая группа, наставник своей пары); "
			+ "встреча, которой не может быть, отклоняется, и ничего не записывается")
	ResponseEntity<MeetingBody> record(@PathVariable Long id, @RequestBody NewMeetingBody body,
			Authentication authentication) {
		PairMeeting meeting = log.record(id, body.meeting(), body.progress(), CurrentUser.of(authentication));
		return ResponseEntity.created(URI.create("/api/pairs/" + id + "/meetings/" + meeting.getId()))
			.body(MeetingBody.of(meeting));
	}

	@GetMapping("/{id}/meetings/{meetingId}")
	@Operation(summary = "Одна встреча из журнала пары")
	MeetingBody meeting(@PathVariable Long id, @PathVariable Long meetingId, Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		MeetingLog.PairView pair = log.pair(id, user, MeetingLog.READERS);
		return log.log(pair).stream()
			.filter(meeting -> meeting.getId().equals(meetingId))
			.findFirst()
			.map(MeetingBody::of)
			.orElseThrow(() -> new NotFound("Встреча " + meetingId + " в журнале пары № " + id + " не найдена"));
	}

	@GetMapping("/{id}/plan")
	@Operation(summary = "Действующий индивидуальный план пары: график встреч, согласование сторон, цели, задачи и "
			+ "итоги")
	PlanBody plan(@PathVariable Long id, Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		log.pair(id, user, MeetingLog.READERS);
		return planning.current(id).map(PlanBody::of)
			.orElseThrow(() -> new NotFound("У пары № " + id + " ещё нет индивидуального плана"));
	}

	@GetMapping("/{id}/plan.pdf")
	@Operation(summary = "Индивидуальный план пары в PDF для печати и подписи — тот же, что на странице плана")
	ResponseEntity<byte[]> pdf(@PathVariable Long id, Authentication authentication, HttpServletRequest request) {
		CurrentUser user = CurrentUser.of(authentication);
		PlanPrint.Printed printed = print.print(id, user);
		logReads(printed.participantIds(), user, request);
		return printed.download();
	}

	/** The names in the answer are reads of the participants' records: a minor's is logged. */
	private void logReads(Collection<Long> participantIds, CurrentUser user, HttpServletRequest request) {
		accessLog.read(participantIds, user.login(), AccessLogEntry.Channel.API, AccessLog.resource(request),
				AccessLogEntry.Result.GRANTED);
	}
}
