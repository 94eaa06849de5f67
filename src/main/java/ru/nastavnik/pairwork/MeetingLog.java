package ru.nastavnik.pairwork;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairing.MentoringPairs;
import ru.nastavnik.pairing.PairStatus;
import ru.nastavnik.participant.MentorAccounts;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.Participants;
import ru.nastavnik.problem.InvalidInput;
import ru.nastavnik.problem.NotFound;
import ru.nastavnik.problem.NotPermitted;
import ru.nastavnik.problem.StateConflict;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeManagement;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.security.Role;
import ru.nastavnik.time.RussianDates;

/**
 * The meeting log of the programme's pairs: who reads it, who records in it, and what a meeting must say. Another
 * organisation's pair answers as a missing one.
 */
@Service
public class MeetingLog {

	/** Read every pair's log: those who run and check the programme. */
	public static final Set<Role> READERS = Set.of(Role.CURATOR, Role.WORKING_GROUP, Role.DIRECTOR, Role.AUDITOR);

	/**
	 * Record meetings: the curator and the working group (for a mentor without a login, too). A staff mentor whose
	 * login is linked to their record ({@link MentorAccounts}) reads and records their own pairs only.
	 */
	public static final Set<Role> RECORDERS = Set.of(Role.CURATOR, Role.WORKING_GROUP);

	static final int MIN_MINUTES = 10;

	static final int MAX_MINUTES = 480;

	/** A meeting as a person records it. */
	public record NewMeeting(LocalDate heldOn, Integer durationMinutes, MeetingFormat format,
			MeetingAttendance attendance, String topic, String done, String nextSteps) {
	}

	/** A pair as the log shows it: its people by name, its form, since when it works. */
	public record PairView(Long id, Long programmeId, String mentor, String mentee, String form, LocalDate since,
			String status, boolean active, Set<Long> participantIds) {
	}

	/**
	 * A pair in the programme's overview: how many meetings, the last one, whether it has gone silent against its
	 * plan's schedule (a month without a plan), the state of its individual plan, and why it last missed meetings.
	 */
	public record PairSummary(PairView pair, long held, long missed, LocalDate lastHeldOn, boolean silent,
			String plan, String missedBecause) {
	}

	/** Days without a meeting after which a pair without a plan counts as silent. */
	static final int SILENT_WITHOUT_PLAN_DAYS = 30;

	private final ProgrammeManagement programmes;

	private final MentoringPairs pairs;

	private final Participants participants;

	private final PairMeetings meetings;

	private final IndividualPlans plans;

	private final MissedMeetingsInquiries inquiries;

	private final MentorAccounts mentorAccounts;

	private final Clock clock;

	MeetingLog(ProgrammeManagement programmes, MentoringPairs pairs, Participants participants, PairMeetings meetings,
			IndividualPlans plans, MissedMeetingsInquiries inquiries, MentorAccounts mentorAccounts, Clock clock) {
		this.mentorAccounts = mentorAccounts;
		this.plans = plans;
		this.inquiries = inquiries;
		this.programmes = programmes;
		this.pairs = pairs;
		this.participants = participants;
		this.meetings = meetings;
		this.clock = clock;
	}

	/** The programme, for a person of one of the roles; another organisation's is «не найдена». */
	@Transactional(readOnly = true)
	public Programme programme(Long id, CurrentUser user, Set<Role> roles) {
		Programme programme = programmes.get(id, user);
		require(user, roles);
		return programme;
	}

	/**
	 * The pair, for a person of one of the roles who belongs to its organisation, or for its own mentor with a login.
	 * To a mentor who reads no other pair, another pair answers as a missing one: its existence is not theirs to know.
	 */
	@Transactional(readOnly = true)
	public PairView pair(Long pairId, CurrentUser user, Set<Role> roles) {
		MentoringPair pair = pairs.findById(pairId)
			.filter(found -> found.getActivatedAt() != null)
			.orElseThrow(() -> new NotFound("Пара " + pairId + " не найдена"));
		try {
			programmes.get(pair.getProgrammeId(), user);
		}
		catch (NotFound elsewhere) {
			throw new NotFound("Пара " + pairId + " не найдена");
		}
		if (roles.stream().noneMatch(user::has) && !ownMentor(pair, user)) {
			if (user.has(Role.MENTOR) && READERS.stream().noneMatch(user::has)) {
				throw new NotFound("Пара " + pairId + " не найдена");
			}
			require(user, roles);
		}
		Map<Long, Participant> people = people(List.of(pair));
		return view(pair, people);
	}

	/** The pair's programme, for a person the pair was shown to ({@link #pair}). */
	@Transactional(readOnly = true)
	public Programme programmeOf(PairView pair, CurrentUser user) {
		return programmes.get(pair.programmeId(), user);
	}

	/** Whether the person records the pair's meetings: its log is open, and they are a recorder or its own mentor. */
	@Transactional(readOnly = true)
	public boolean mayRecord(PairView pair, CurrentUser user) {
		// a pair's mentee is never a mentor's record: among its two participants only its mentor can be the person's
		return pair.active() && (RECORDERS.stream().anyMatch(user::has)
				|| user.has(Role.MENTOR) && mentorAccounts.mentorAmong(pair.participantIds(), user.login()));
	}

	/**
	 * The pairs the person mentors with their login linked ({@link MentorAccounts}), fixed by order, with their
	 * meetings counted as the programme's overview counts them; of every programme of their organisations.
	 */
	@Transactional(readOnly = true)
	public List<PairSummary> mine(CurrentUser user) {
		if (!user.has(Role.MENTOR)) {
			return List.of();
		}
		Set<Long> mentorIds = mentorAccounts.mentorIdsOf(user.login());
		Map<Long, List<Long>> pairIdsByProgramme = mentorIds.stream()
			.flatMap(mentorId -> pairs.findByMentorIdOrMenteeId(mentorId, mentorId).stream())
			.filter(pair -> mentorIds.contains(pair.getMentorId()))
			.collect(Collectors.groupingBy(MentoringPair::getProgrammeId,
					Collectors.mapping(MentoringPair::getId, Collectors.toList())));
		return pairIdsByProgramme.entrySet().stream()
			.sorted(Map.Entry.comparingByKey())
			.flatMap(entry -> {
				Programme programme;
				try {
					programme = programmes.get(entry.getKey(), user);
				}
				catch (NotFound elsewhere) {
					return Stream.empty();
				}
				return overview(programme).stream().filter(summary -> entry.getValue().contains(summary.pair().id()));
			})
			.toList();
	}

	private boolean ownMentor(MentoringPair pair, CurrentUser user) {
		return user.has(Role.MENTOR) && mentorAccounts.mentorAmong(List.of(pair.getMentorId()), user.login());
	}

	/**
	 * The programme's meetings over all the pairs it fixed by order — those at work, ended early and completed: how
	 * many were held and how many recorded as missed (the programme's quality counts them).
	 */
	@Transactional(readOnly = true)
	public Tally tally(Programme programme) {
		Set<Long> fixed = pairs.findByProgrammeIdAndStatusInOrderById(programme.getId(),
				EnumSet.of(PairStatus.ACTIVE, PairStatus.ENDED, PairStatus.COMPLETED)).stream()
			.filter(pair -> pair.getActivatedAt() != null).map(MentoringPair::getId)
			.collect(Collectors.toSet());
		List<PairMeeting> log = meetings.findByProgrammeId(programme.getId()).stream()
			.filter(meeting -> fixed.contains(meeting.getPairId())).toList();
		long held = log.stream().filter(meeting -> meeting.getAttendance().held()).count();
		return new Tally(held, log.size() - held);
	}

	/** The programme's meetings counted over its pairs. */
	public record Tally(long held, long missed) {
	}

	/** Every pair the programme fixed by order, with its meetings counted. */
	@Transactional(readOnly = true)
	public List<PairSummary> overview(Programme programme) {
		List<MentoringPair> fixed = pairs.findByProgrammeIdAndStatusInOrderById(programme.getId(),
				EnumSet.of(PairStatus.ACTIVE, PairStatus.ENDED)).stream()
			.filter(pair -> pair.getActivatedAt() != null)
			.toList();
		Map<Long, List<PairMeeting>> byPair = meetings.findByProgrammeId(programme.getId()).stream()
			.collect(Collectors.groupingBy(PairMeeting::getPairId));
		Map<Long, Participant> people = people(fixed);
		Map<Long, IndividualPlan> planOf = plans.findByProgrammeIdAndSupersededAtIsNull(programme.getId()).stream()
			.collect(Collectors.toMap(IndividualPlan::getPairId, Function.identity()));
		Map<Long, MissedMeetingsInquiry> inquiryOf = inquiries.findByProgrammeIdOrderByAnsweredAt(programme.getId())
			.stream().collect(Collectors.toMap(MissedMeetingsInquiry::getPairId, Function.identity(),
					(earlier, later) -> later));
		LocalDate today = LocalDate.now(clock.withZone(programme.getZone()));
		return fixed.stream().map(pair -> {
			List<PairMeeting> log = byPair.getOrDefault(pair.getId(), List.of());
			long held = log.stream().filter(meeting -> meeting.getAttendance().held()).count();
			LocalDate last = log.stream().filter(meeting -> meeting.getAttendance().held())
				.map(PairMeeting::getHeldOn).max(Comparator.naturalOrder()).orElse(null);
			IndividualPlan plan = planOf.get(pair.getId());
			PairView view = view(pair, people);
			int allowed = plan == null ? SILENT_WITHOUT_PLAN_DAYS
					: plan.getCadence().days() + plan.getToleranceDays();
			LocalDate since = last != null ? last : view.since();
			boolean silent = view.active() && since.plusDays(allowed).isBefore(today);
			MissedMeetingsInquiry inquiry = inquiryOf.get(pair.getId());
			return new PairSummary(view, held, log.size() - held, last, silent, planState(plan),
					inquiry == null ? null : inquiry.getReason().title() + " ("
							+ RussianDates.format(LocalDate.ofInstant(inquiry.getAnsweredAt(), programme.getZone()))
							+ ")");
		}).toList();
	}

	/** The pair's meetings, the latest first. */
	@Transactional(readOnly = true)
	public List<PairMeeting> log(PairView pair) {
		List<PairMeeting> log = meetings.findByPairIdOrderByHeldOnDescIdDesc(pair.id());
		// the plan's tasks each meeting advanced, read now for the page or the API that shows them
		log.forEach(PairMeeting::getAdvancedTaskIds);
		return log;
	}

	/** Records a meeting of an active pair; refused in Russian, and nothing written, when it cannot be as filled in. */
	@Transactional
	public PairMeeting record(Long pairId, NewMeeting meeting, CurrentUser user) {
		return record(pairId, meeting, PlanProgress.NONE, user);
	}

	/** What a meeting did for the individual plan: the tasks it advanced, and those of them it finished. */
	public record PlanProgress(Set<Long> advanced, Set<Long> done) {

		public static final PlanProgress NONE = new PlanProgress(Set.of(), Set.of());

		/** Every task the meeting touched: one finished was advanced, too. */
		Set<Long> touched() {
			Set<Long> all = new java.util.HashSet<>(advanced);
			all.addAll(done);
			return all;
		}
	}

	/**
	 * Records a meeting with the progress it made on the pair's individual plan: the tasks are the plan's in force, and
	 * one marked done keeps the meeting's day (a new version of the plan keeps it too).
	 */
	@Transactional
	public PairMeeting record(Long pairId, NewMeeting meeting, PlanProgress progress, CurrentUser user) {
		PairView pair = pair(pairId, user, RECORDERS);
		Map<Long, PlanTask> tasks = plans.findByPairIdAndSupersededAtIsNull(pairId).stream()
			.flatMap(plan -> plan.getGoals().stream()).flatMap(goal -> goal.getTasks().stream())
			.collect(Collectors.toMap(PlanTask::getId, Function.identity()));
		if (!tasks.keySet().containsAll(progress.touched())) {
			throw new InvalidInput("Отмеченные задачи не из действующего индивидуального плана пары: обновите страницу");
		}
		PairMeeting recorded = write(pair, MeetingKind.REGULAR, meeting, user.login());
		recorded.advanced(progress.touched());
		progress.done().forEach(id -> tasks.get(id).doneOn(recorded.getHeldOn()));
		return recorded;
	}

	/**
	 * Records the meeting a step of the pair's process is about (organisational, trial, planning, final), for the
	 * person who completes its task: the task's candidates are whom the step allows.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	PairMeeting recordStep(MentoringPair pair, MeetingKind kind, NewMeeting meeting, String login) {
		return write(view(pair, people(List.of(pair))), kind, meeting, login);
	}

	private PairMeeting write(PairView pair, MeetingKind kind, NewMeeting meeting, String login) {
		if (!pair.active()) {
			throw new StateConflict("Пара не действует («" + pair.status() + "»): её журнал закрыт");
		}
		LocalDate today = LocalDate.now(clock);
		if (meeting.heldOn() == null) {
			throw new InvalidInput("Укажите дату встречи");
		}
		if (meeting.heldOn().isAfter(today)) {
			throw new InvalidInput("Дата встречи не может быть позже сегодняшней: в журнал записывают прошедшие встречи");
		}
		if (meeting.heldOn().isBefore(pair.since())) {
			throw new InvalidInput("Пара закреплена " + RussianDates.format(pair.since())
					+ ": встреча не может быть раньше");
		}
		if (meeting.durationMinutes() == null || meeting.durationMinutes() < MIN_MINUTES
				|| meeting.durationMinutes() > MAX_MINUTES) {
			throw new InvalidInput("Продолжительность встречи — от " + MIN_MINUTES + " до " + MAX_MINUTES + " минут");
		}
		if (meeting.format() == null) {
			throw new InvalidInput("Выберите формат встречи: очно, онлайн или смешанный");
		}
		if (meeting.attendance() == null) {
			throw new InvalidInput("Отметьте, кто пришёл на встречу");
		}
		text(meeting.topic(), 3, 255, "Тема встречи");
		text(meeting.done(), 3, 2000, "Что сделано");
		if (meeting.nextSteps() != null && meeting.nextSteps().strip().length() > 1000) {
			throw new InvalidInput("«Следующие шаги» — не длиннее 1000 символов");
		}
		return meetings.save(new PairMeeting(pair.id(), pair.programmeId(), kind, meeting, login, clock.instant()));
	}

	/** The last day the pair met, if it has. */
	@Transactional(readOnly = true)
	public Optional<LocalDate> lastHeldOn(Long pairId) {
		return meetings.findFirstByPairIdAndAttendanceOrderByHeldOnDesc(pairId, MeetingAttendance.BOTH)
			.map(PairMeeting::getHeldOn);
	}

	private static String planState(IndividualPlan plan) {
		if (plan == null) {
			return "нет";
		}
		return "версия " + plan.getVersion() + (plan.isAgreed() ? ", согласован, встречи " + plan.getCadence().title()
				: ", не согласован");
	}

	private static void text(String value, int min, int max, String label) {
		int length = value == null ? 0 : value.strip().length();
		if (length < min || length > max) {
			throw new InvalidInput("Заполните «" + label + "»: от " + min + " до " + max + " символов");
		}
	}

	private static void require(CurrentUser user, Set<Role> roles) {
		if (roles.stream().noneMatch(user::has)) {
			throw new NotPermitted(roles == RECORDERS
					? "Встречи пар записывают куратор, рабочая группа и наставник своей пары"
					: "Журнал встреч пар читают куратор, рабочая группа, руководитель и аудитор");
		}
	}

	Map<Long, Participant> people(List<MentoringPair> fixed) {
		Set<Long> ids = fixed.stream().flatMap(pair -> Stream.of(pair.getMentorId(), pair.getMenteeId()))
			.collect(Collectors.toSet());
		return participants.findAllById(ids).stream().collect(Collectors.toMap(Participant::getId, Function.identity()));
	}

	PairView view(MentoringPair pair, Map<Long, Participant> people) {
		return new PairView(pair.getId(), pair.getProgrammeId(), people.get(pair.getMentorId()).displayName(),
				people.get(pair.getMenteeId()).displayName(), pair.getForm().title(),
				LocalDate.ofInstant(pair.getActivatedAt(), clock.getZone()), pair.getStatus().title(),
				pair.getStatus() == PairStatus.ACTIVE, Set.of(pair.getMentorId(), pair.getMenteeId()));
	}
}
