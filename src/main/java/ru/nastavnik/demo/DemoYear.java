package ru.nastavnik.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import ru.nastavnik.approval.ApprovalForm;
import ru.nastavnik.engine.FormOption;
import ru.nastavnik.engine.TaskForms;
import ru.nastavnik.feedback.Feedback;
import ru.nastavnik.feedback.FeedbackSteps;
import ru.nastavnik.feedback.Question;
import ru.nastavnik.feedback.Questionnaire;
import ru.nastavnik.feedback.Scale;
import ru.nastavnik.organisation.Organisation;
import ru.nastavnik.pairing.MentoringPair;
import ru.nastavnik.pairing.MentoringPairs;
import ru.nastavnik.pairing.PairStatus;
import ru.nastavnik.pairing.PairingProcess;
import ru.nastavnik.pairwork.MeetingAttendance;
import ru.nastavnik.pairwork.MeetingFormat;
import ru.nastavnik.pairwork.MeetingLog;
import ru.nastavnik.participant.Enrolment;
import ru.nastavnik.participant.EnrolmentProcess;
import ru.nastavnik.participant.EvaluationParameter;
import ru.nastavnik.participant.EvaluationSets;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.ParticipantInput.NewParticipant;
import ru.nastavnik.participant.ParticipantRole;
import ru.nastavnik.participant.ParticipantSource;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeAudience;
import ru.nastavnik.programme.ProgrammeManagement;
import ru.nastavnik.programme.ProgrammeProcess;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.time.RussianDates;

/**
 * Brings an organisation's programme to where a school's year stands on a given day, as its people would have
 * worked it: the programme starts in May, every step due before the day is worked a few days before its due date by
 * a person of its group, and the participants come in September. The engine's clock walks the year, so the history,
 * the documents and the dates read as they would in a real school; afterwards it is the real clock again.
 */
@Component
class DemoYear {

	private static final Logger LOG = LoggerFactory.getLogger(DemoYear.class);

	/** Steps due by the end of yesterday are done; those due today and later are open: nothing starts overdue. */
	static final int DAYS_IN_HAND = 1;

	private static final LocalTime WORKING_MORNING = LocalTime.of(10, 0);

	private static final int MAX_TASKS = 2_000;

	/** The timers of a pair's process the walk runs: the checks of its log and the end of its regular meetings. */
	private static final Set<String> PAIR_TIMERS = Set.of("nextMeetingDue", "regularMeetingsOver");

	/** A pair's steps that are meetings: a pair meets about a week after the one before. */
	private static final Set<String> PAIR_MEETINGS = Set.of("holdOrganisationalMeeting", "holdTrialMeeting",
			"holdPlanningMeeting", "holdFinalMeeting");

	private final ProgrammeManagement programmes;

	private final Enrolment enrolment;

	private final TaskService taskService;

	private final FormService formService;

	private final IdentityService identityService;

	private final ManagementService managementService;

	private final TaskForms taskForms;

	private final MentoringPairs pairs;

	private final MeetingLog meetingLog;

	private final DemoPairYear pairYear;

	private final RepositoryService repositoryService;

	private final Feedback feedback;

	private final EvaluationSets evaluationSets;

	DemoYear(ProgrammeManagement programmes, Enrolment enrolment, TaskService taskService, FormService formService,
			IdentityService identityService, ManagementService managementService, TaskForms taskForms,
			MentoringPairs pairs, MeetingLog meetingLog, DemoPairYear pairYear,
			RepositoryService repositoryService, Feedback feedback, EvaluationSets evaluationSets) {
		this.feedback = feedback;
		this.evaluationSets = evaluationSets;
		this.pairYear = pairYear;
		this.repositoryService = repositoryService;
		this.pairs = pairs;
		this.meetingLog = meetingLog;
		this.programmes = programmes;
		this.enrolment = enrolment;
		this.taskService = taskService;
		this.formService = formService;
		this.identityService = identityService;
		this.managementService = managementService;
		this.taskForms = taskForms;
	}

	/** The academic year a school works on the day: from July on, the one starting that September. */
	static String academicYearOn(LocalDate day) {
		return ProgrammeManagement.academicYearRunningOn(day);
	}

	/** Starts the organisation's programme of the year running on the day and works it up to that day. */
	Programme bringTo(Organisation organisation, DemoCast cast, LocalDate today) {
		String academicYear = academicYearOn(today);
		int firstYear = Integer.parseInt(academicYear.substring(0, 4));
		Walk walk = new Walk(organisation, cast, today, firstYear);
		try {
			setClock(LocalDate.of(firstYear, Month.MAY, 12).atTime(WORKING_MORNING).atZone(organisation.getZone())
				.toInstant());
			walk.programme = programmes.start(organisation, academicYear, cast.director());
			LocalDate autumn = LocalDate.of(firstYear, Month.SEPTEMBER, 3);
			walk.workUntil(min(walk.lastDayWorked, autumn.minusDays(1)));
			if (walk.lastDayWorked.isAfter(autumn)) {
				setClock(autumn.atTime(WORKING_MORNING).atZone(organisation.getZone()).toInstant());
				walk.enrolNewcomers();
				walk.workUntil(walk.lastDayWorked);
			}
			LOG.info("Демо-программа «{}» на {} учебный год доведена до {}: выполнено задач — {}",
					organisation.getName(), academicYear, today, walk.tasksWorked);
			return walk.programme;
		}
		finally {
			ClockUtil.reset();
		}
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static void setClock(Instant instant) {
		ClockUtil.setCurrentTime(Date.from(instant));
	}

	/** One organisation's year being walked. */
	private final class Walk {

		private final Organisation organisation;

		private final DemoCast cast;

		private final int firstYear;

		/** The last day on which due steps are worked. */
		private final LocalDate lastDayWorked;

		private final Map<Long, DemoCast.Newcomer> newcomers = new HashMap<>();

		private Programme programme;

		private int tasksWorked;

		/** Where each pair's regular meetings stand: the next day it meets and how many it has held. */
		private final Map<Long, MeetingCursor> cursors = new HashMap<>();

		/** Each task's spread (0–3 days), by its step and whose it is. */
		private final Map<String, Integer> spreads = new HashMap<>();

		Walk(Organisation organisation, DemoCast cast, LocalDate today, int firstYear) {
			this.organisation = organisation;
			this.cast = cast;
			this.firstYear = firstYear;
			this.lastDayWorked = today.minusDays(DAYS_IN_HAND);
		}

		/**
		 * The pairs meet about weekly from the day their individual plan's schedule starts (now and then three days
		 * later, within the plan's tolerance); the working group records each meeting in the pair's log by the day. The last pair fell
		 * silent after three meetings: its checks raise «Выяснить причину пропуска встреч», and it shows as a pair to
		 * ask.
		 */
		void logMeetingsUntil(LocalDate day) {
			List<MentoringPair> active = pairs.findByProgrammeIdAndStatusOrderById(programme.getId(), PairStatus.ACTIVE);
			CurrentUser recorder = null;
			for (int index = 0; index < active.size(); index++) {
				MentoringPair pair = active.get(index);
				boolean silent = index == active.size() - 1 && active.size() > 1;
				int offset = index % 3;
				MeetingCursor cursor = cursors.computeIfAbsent(pair.getId(), id -> pairYear.regularMeetingsFrom(id)
					.map(start -> new MeetingCursor(start.plusDays(offset))).orElse(null));
				if (cursor == null) {
					cursors.remove(pair.getId());
					continue;
				}
				while (!cursor.day.isAfter(day) && !cursor.day.isAfter(lastDayWorked) && !(silent && cursor.number >= 3)) {
					recorder = recorder != null ? recorder : recorder();
					meetingLog.record(pair.getId(), meeting(cursor.day, cursor.number),
							pairYear.progress(pair.getId(), cursor.number), recorder);
					cursor.day = cursor.day.plusDays(cursor.number % 4 == 3 ? 10 : 7);
					cursor.number++;
				}
			}
		}

		private MeetingLog.NewMeeting meeting(LocalDate day, int number) {
			String[][] topics = {
					{ "Разбор домашнего задания", "Прошли задания недели, отметили, что даётся трудно" },
					{ "Цели на год", "Выписали три цели и что будет признаком, что они достигнуты" },
					{ "Разбор трудной темы", "Разобрали тему, на которой наставляемый застревает, и два примера" },
					{ "Подготовка к контрольной", "Прорешали вариант, отметили ошибки и что повторить" },
					{ "Проект: выбор темы", "Выбрали тему проекта и источники" },
					{ "Итоги месяца", "Сверили цели, отметили сделанное, поправили план" } };
			String[] topic = topics[number % topics.length];
			return new MeetingLog.NewMeeting(day, number % 3 == 0 ? 60 : 45,
					number % 2 == 0 ? MeetingFormat.IN_PERSON : MeetingFormat.ONLINE,
					number == 6 ? MeetingAttendance.MENTEE_ABSENT : MeetingAttendance.BOTH, topic[0], topic[1],
					"Следующая встреча через неделю");
		}

		/** The participants who come with the new school year, added by the curator. */
		void enrolNewcomers() {
			for (DemoCast.Newcomer newcomer : cast.newcomers()) {
				NewParticipant person = newcomer.person();
				NewParticipant thisYear = new NewParticipant(person.fullName(),
						person.birthDate().plusYears(firstYear - 2026L), person.classOrPosition(), person.role(),
						person.email(), person.phone(), person.representative());
				Participant participant = enrolment.enrol(programme, thisYear, ParticipantSource.CURATOR,
						cast.curator());
				newcomers.put(participant.getId(), newcomer);
				tick();
			}
		}

		/**
		 * Works every open task of the organisation due by the end of the day, in the order its people would: each a
		 * few days after it appeared, and a few days before it is due at the latest.
		 */
		void workUntil(LocalDate day) {
			Date dueBy = Date.from(day.plusDays(1).atStartOfDay(organisation.getZone()).toInstant());
			for (int worked = 0; worked < MAX_TASKS; worked++) {
				runMessageJobs();
				// this programme's steps and its participants' (an older year's open tasks are not this walk's)
				Task next = taskService.createTaskQuery()
					.tenantIdIn(cast.tenantId())
					.processVariableValueEquals(ProgrammeProcess.Var.PROGRAMME_ID.name(), programme.getId())
					.dueBefore(dueBy)
					.list().stream()
					.min(Comparator.comparing((Task task) -> workedOn(task))
						.thenComparing(Task::getCreateTime)
						.thenComparing(this::spreadOf))
					.orElse(null);
				Job timer = nextPairTimer(dueBy);
				Instant planned = next == null ? null : workedOn(next);
				if (timer != null && (planned == null || timer.getDuedate().toInstant().isBefore(planned))) {
					// the pairs' own clock: a check of their log, or the time of their final meeting
					if (timer.getDuedate().after(ClockUtil.getCurrentTime())) {
						setClock(timer.getDuedate().toInstant());
					}
					logMeetingsUntil(LocalDate.ofInstant(timer.getDuedate().toInstant(), organisation.getZone())
						.minusDays(1));
					managementService.executeJob(timer.getId());
					continue;
				}
				if (next == null) {
					// the evening of the last day: the pairs' meetings up to it are in their logs
					Instant evening = day.atTime(LocalTime.of(19, 0)).atZone(organisation.getZone()).toInstant();
					if (evening.isAfter(ClockUtil.getCurrentTime().toInstant())) {
						setClock(evening);
					}
					logMeetingsUntil(day);
					return;
				}
				if (planned.isAfter(ClockUtil.getCurrentTime().toInstant())) {
					setClock(planned);
				}
				else {
					tick();
				}
				logMeetingsUntil(LocalDate.ofInstant(planned, organisation.getZone()).minusDays(1));
				workOn(next);
			}
			throw new IllegalStateException("Демо-год не сходится: больше " + MAX_TASKS + " задач");
		}

		/**
		 * The earliest timer of this programme's pairs due by then: the check of a pair's log against its schedule, or
		 * the end of its regular meetings. (The steps' overdue timers never fall due: the steps are worked before.)
		 */
		private Job nextPairTimer(Date dueBy) {
			Set<String> processes = pairs.findByProgrammeIdAndStatusOrderById(programme.getId(), PairStatus.ACTIVE)
				.stream().map(MentoringPair::getProcessInstanceId).filter(Objects::nonNull)
				.collect(Collectors.toSet());
			if (processes.isEmpty()) {
				return null;
			}
			return PAIR_TIMERS.stream()
				.flatMap(activity -> managementService.createJobQuery().tenantIdIn(cast.tenantId()).timers()
					.activityId(activity).duedateLowerThan(dueBy).list().stream())
				.filter(job -> processes.contains(job.getProcessInstanceId()))
				.min(Comparator.comparing(Job::getDuedate).thenComparing(Job::getProcessInstanceId))
				.orElse(null);
		}

		/** The working group's member, who records for the pairs' mentors (none of the demo's has a login). */
		private CurrentUser recorder() {
			return new CurrentUser(cast.workingGroup(), identityService.createGroupQuery()
				.groupMember(cast.workingGroup()).list().stream().map(group -> group.getId())
				.collect(Collectors.toSet()), Set.of(cast.tenantId()));
		}

		private Instant workedOn(Task task) {
			boolean pairMeeting = PAIR_MEETINGS.contains(task.getTaskDefinitionKey());
			// the programme's step done by the pairs is closed when they have done it, and a feedback step when its
			// month's answers are in: the working group closes either a few days before it is due
			boolean closedLate = "recordPairWork".equals(task.getTaskDefinitionKey())
					|| FeedbackSteps.ALL.contains(task.getTaskDefinitionKey());
			return DemoYear.workedOn(task, spreadOf(task), closedLate ? 366 : pairMeeting ? 7 : 1,
					organisation.getZone());
		}

		private int spreadOf(Task task) {
			return spreads.computeIfAbsent(task.getId(), id -> {
				Map<String, Object> variables = taskService.getVariables(id, List.of(
						EnrolmentProcess.Var.PARTICIPANT_ID.name(), PairingProcess.Var.PAIR_ID.name()));
				return Math.floorMod(Objects.hash(task.getTaskDefinitionKey(), variables.get(
						EnrolmentProcess.Var.PARTICIPANT_ID.name()), variables.get(PairingProcess.Var.PAIR_ID.name())), 4);
			});
		}

		private void workOn(Task task) {
			String login = task.getAssignee() != null ? task.getAssignee()
					: cast.personFor(taskService.getIdentityLinksForTask(task.getId()).stream()
						.map(IdentityLink::getGroupId)
						.filter(Objects::nonNull)
						.toList());
			Map<String, Object> values = valuesFor(task);
			List<String> groups = identityService.createGroupQuery().groupMember(login).list().stream()
				.map(group -> group.getId())
				.toList();
			identityService.setAuthentication(login, groups, List.of(cast.tenantId()));
			try {
				formService.submitTaskForm(task.getId(), values);
			}
			finally {
				identityService.clearAuthentication();
			}
			tasksWorked++;
		}

		private void tick() {
			setClock(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(7)));
		}

		/**
		 * Runs what the engine would run next on its own (the matching, the drafts, an order taking effect), each job
		 * in its own transaction; mail delivery is left to the job executor, and timers wait for their time.
		 */
		private void runMessageJobs() {
			while (true) {
				List<Job> jobs = managementService.createJobQuery().tenantIdIn(cast.tenantId()).messages()
					.executable().list().stream()
					.filter(job -> !"notification-delivery".equals(job.getProcessDefinitionKey()))
					.toList();
				if (jobs.isEmpty()) {
					return;
				}
				jobs.forEach(job -> managementService.executeJob(job.getId()));
			}
		}

		/** Today where the organisation is, as a form's date field sends it. */
		private String today() {
			return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), organisation.getZone()).toString();
		}

		/** Today as a person writes it in a document's reference: 18.05.2026. */
		private String writtenToday() {
			return RussianDates.format(LocalDate.parse(today()));
		}

		private Map<String, Object> valuesFor(Task task) {
			Object participantId = taskService.getVariable(task.getId(),
					EnrolmentProcess.Var.PARTICIPANT_ID.name());
			if (participantId != null) {
				return participantValues(task, newcomers.get(Long.valueOf(participantId.toString())));
			}
			Object pairId = taskService.getVariable(task.getId(), PairingProcess.Var.PAIR_ID.name());
			if (pairId != null && PairingProcess.PAIR.equals(processKey(task))) {
				return pairYear.values(task.getTaskDefinitionKey(), Long.valueOf(pairId.toString()),
						LocalDate.parse(today()), programme.getAudience(), recorder());
			}
			return switch (task.getTaskDefinitionKey()) {
				case ProgrammeProcess.APPOINT_CURATOR -> Map.of(ProgrammeProcess.Field.CURATOR_LOGIN, cast.curator(),
						ProgrammeProcess.Field.ORDER_NUMBER, cast.orderNumber(), ProgrammeProcess.Field.ORDER_DATE,
						today());
				case ProgrammeProcess.DRAFT_REGULATION -> Map.of("regulationReference",
						"Положение о системе наставничества, редакция от " + writtenToday(), "regulationSummary",
						"Цели и задачи наставничества, формы и порядок работы пар, права и обязанности куратора, "
								+ "наставников и наставляемых, мониторинг и поощрение наставников");
				case ProgrammeProcess.DRAFT_ROADMAP -> Map.of("roadmapReference",
						"Дорожная карта программы наставничества, редакция от " + writtenToday(), "roadmapSummary",
						"Семь этапов года: подготовка условий, базы наставляемых и наставников, обучение наставников, "
								+ "формирование пар, работа пар, завершение программы");
				case ProgrammeProcess.APPROVE_REGULATION, ProgrammeProcess.APPROVE_ROADMAP, "approvePairingOrder",
						"approvePlanChange" -> Map.of(ApprovalForm.DECISION, ApprovalForm.APPROVE);
				case ProgrammeProcess.PUBLISH_ROADMAP -> Map.of("roadmapUrl",
						organisation.getSiteUrl() + "/nastavnichestvo", "publishedOn", today());
				case ProgrammeProcess.CHOOSE_MENTORING_FORMS -> programme.getAudience() == ProgrammeAudience.TEACHERS
						? Map.of("mentoringForms", json("PEDAGOGUE_PEDAGOGUE", "HEAD_PEDAGOGUE"), "mentoringKinds",
								json("TRADITIONAL", "GROUP"), "personalisedDirections",
								json("YOUNG_TEACHER", "NEW_POSITION"))
						: Map.of("mentoringForms", json("TEACHER_PUPIL", "PUPIL_PUPIL", "EMPLOYER_PUPIL"));
				case ProgrammeProcess.FIND_TRAINING_EXPERTS -> Map.of("trainingTopic",
						"Школа наставника: роль наставника, этапы работы пары, индивидуальный план", "plannedOn",
						LocalDate.parse(today()).plusDays(7).toString(), "experts",
						"Иванова Елена Петровна, методист Нижегородского института развития образования",
						"trainingMaterials", "Методические рекомендации Р-145, рабочая тетрадь наставника, презентация");
				case ProgrammeProcess.TRAIN_MENTORS -> Map.of("eventHeld", "held", "heldOn", today(),
						"trainedMentorIds", json(offered(task, "trainingCandidates")));
				case ProgrammeProcess.HOLD_GROUP_MEETING -> Map.of("eventHeld", "held", "heldOn", today(),
						"meetingTopic", "Знакомство наставников и наставляемых: игра «Расскажи о себе»",
						"attendeeIds", json(offered(task, "meetingCandidates")));
				case ProgrammeProcess.COLLECT_PREFERENCES -> firstChoice(task);
				case FeedbackSteps.NOVEMBER, FeedbackSteps.MAY, FeedbackSteps.SATISFACTION -> feedbackAnswered(task);
				case "monitorProgrammeQuality" -> qualityReviewed();
				case "sendInvitations" -> Map.of("eventDate", LocalDate.parse(today()).plusDays(10).toString(),
						"eventTime", "15:00", "eventMinutes", 120, "eventPlace", "Актовый зал, ул. Мира, 12",
						"guestGroups", json("PARTICIPANTS", "REPRESENTATIVES", "PARTNERS", "MUNICIPALITY"));
				case "reviewPairs" -> Map.of("reviewDecision", "accept");
				// read only if someone in the bases is not evaluated by the step's day
				case "recordMonitoring" -> Map.of("pendingReason",
						"Оценка отложена: участник болеет, оценим после его возвращения");
				case "recordPairWork" -> pairYear.stepValues(programme, taskService.getVariable(task.getId(),
						ProgrammeProcess.Var.PLAN_STEP.name()).toString());
				case "checkCompatibility", "checkReworkedCompatibility" -> Map.of("compatible", "yes",
						"compatibilityComment", "Знакомы по кружку, интересы совпадают; противопоказаний нет");
				default -> Map.of("eventHeld", "held", "heldOn", today(), "participantCount", attendance(task),
						"materials", "Протокол, список присутствующих и фотографии — в папке программы");
			};
		}

		/**
		 * The feedback step (24): its questionnaires went out at the start of the month (the step's timer, run here
		 * as the job executor would), three participants in four answered on paper, and the working group closes it.
		 */
		private Map<String, Object> feedbackAnswered(Task task) {
			managementService.createJobQuery().tenantIdIn(cast.tenantId()).timers().executable()
				.processInstanceId(task.getProcessInstanceId()).activityId(task.getTaskDefinitionKey()).list()
				.forEach(job -> managementService.executeJob(job.getId()));
			String step = task.getTaskDefinitionKey();
			Questionnaire questionnaire = Questionnaire.of(step);
			List<Feedback.Asked> open = feedback.round(programme, step).map(round -> round.asked().stream()
				.filter(asked -> !asked.answered() && asked.participantId() != null).toList()).orElse(List.of());
			String[][] said = { { "Встречаемся каждую неделю, разобрали трудные темы по математике",
					"Больше практических заданий" },
					{ "Появилась уверенность, легче выступать перед классом", null },
					{ "Наставник помог выбрать тему проекта", "Хотелось бы встречаться чаще" },
					{ null, "Перенести встречи с пятницы на среду" } };
			for (int i = 0; i < open.size(); i++) {
				if (i % 4 == 3) {
					continue;
				}
				String[] words = said[i % said.length];
				Map<String, String> given = new HashMap<>();
				List<Question> questions = questionnaire.questions(open.get(i).role());
				for (int k = 0; k < questions.size(); k++) {
					given.put(questions.get(k).code(), String.valueOf(score(questions.get(k).scale(), i, k)));
				}
				given.put("whatWorked", words[0]);
				given.put("whatToChange", words[1]);
				feedback.answerOnPaper(programme, open.get(i).requestId(), cast.workingGroup(), given::get);
			}
			return Map.of(FeedbackSteps.CONCLUSION, questionnaire == Questionnaire.PAIR_WORK
					? "Пары работают ровно; просьбы о более частых встречах обсудим с наставниками на групповой встрече"
					: "Участники довольны программой; просят больше групповых встреч и проектов с партнёрами",
					FeedbackSteps.NO_ANSWERS_REASON, "Анкеты участникам не разосланы: нет пар с согласием");
		}

		/** A believable answer of the i-th participant to the k-th question: mostly good, some lukewarm. */
		private static int score(Scale scale, int i, int k) {
			return switch (scale) {
				case FIVE -> Math.max(1, Math.min(5, 3 + i % 3 + (k % 3 == 1 ? -1 : k % 3 == 2 ? 1 : 0)));
				case TEN -> 6 + (i * 3 + k) % 5;
				case YES_NO -> (i + k) % 4 == 3 ? 0 : 1;
			};
		}

		/** Step 30 as the demo school's working group filled it in June. */
		private static Map<String, Object> qualityReviewed() {
			Map<String, Object> review = new HashMap<>(Map.of("strengths",
					"Опытные наставники-педагоги; пары встречались по графику, планы выполнены почти полностью",
					"weaknesses", "В апреле—мае встреч стало меньше из-за олимпиад и экзаменов",
					"opportunities", "Детский технопарк «Кванториум» готов принять проектные группы в следующем году",
					"threats", "Нагрузка педагогов-наставников и уход двух наставников в декретный отпуск",
					"recommendations", "Планировать весенние встречи до начала олимпиад; привлечь студентов-наставников"));
			review.putAll(Map.of("goals", "4", "roadmap", "4", "matching", "5", "mentorsReady", "4", "plans", "4",
					"engagement", "4", "resources", "3", "community", "4"));
			return review;
		}

		/** How many came to an informing event: the whole staff, the parents, the pupils, or the programme's people. */
		private int attendance(Task task) {
			int pupils = organisation.getPupils() == null ? 200 : organisation.getPupils();
			int teachers = organisation.getTeachers() == null ? 30 : organisation.getTeachers();
			return switch (task.getTaskDefinitionKey()) {
				case ProgrammeProcess.INFORM_TEACHERS -> teachers * 9 / 10;
				case ProgrammeProcess.INFORM_PARENTS -> pupils * 2 / 3;
				case ProgrammeProcess.MEET_PUPILS -> pupils * 3 / 4;
				case ProgrammeProcess.MEET_ALUMNI_AND_ENTERPRISES -> 17;
				default -> Math.max(cast.newcomers().size(), 5);
			};
		}

		private String processKey(Task task) {
			return repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey();
		}

		private Map<String, Object> participantValues(Task task, DemoCast.Newcomer newcomer) {
			if (newcomer == null) {
				throw new IllegalStateException("Задача «" + task.getName() + "» — не о демо-участнике");
			}
			int[] scores = newcomer.evaluation();
			boolean mentor = newcomer.person().role() == ParticipantRole.MENTOR;
			return switch (task.getTaskDefinitionKey()) {
				case EnrolmentProcess.RECORD_CONSENT -> consent(newcomer);
				case EnrolmentProcess.FILL_QUESTIONNAIRE -> questionnaire(newcomer);
				case EnrolmentProcess.COLLECT_THIRD_PARTY_INFORMATION -> Map.of("informationSource", "CLASS_TEACHER",
						"informationContent", newcomer.thirdPartyInformation() == null
								? "Классный руководитель поддерживает участие" : newcomer.thirdPartyInformation());
				case EnrolmentProcess.DECIDE_MENTEE_BASE, EnrolmentProcess.DECIDE_MENTOR_BASE -> Map.of(
						"includedInBase", "yes", "baseComment", "Запрос и анкета соответствуют формам программы",
						"interviewNeeded", mentor && !"STAFF".equals(newcomer.questionnaire().get("mentorType")));
				case EnrolmentProcess.INTERVIEW_MENTOR -> Map.of("mentorAdmitted", "yes", "interviewComment",
						"Мотивирован, готов встречаться раз в неделю");
				case EnrolmentProcess.EVALUATE_PARTICIPANT -> evaluation(task, scores);
				default -> throw new IllegalStateException("Демо не знает, как выполнить «" + task.getName() + "»");
			};
		}

		/** A score in every slot of the newcomer's set, taken in turn from the cast's four, and a comment. */
		private Map<String, Object> evaluation(Task task, int[] scores) {
			List<EvaluationParameter> set = evaluationSets.of((Long) taskService.getVariable(task.getId(),
					EnrolmentProcess.Var.PARTICIPANT_ID.name()));
			Map<String, Object> values = new HashMap<>();
			for (int i = 0; i < set.size(); i++) {
				values.put("score" + (i + 1), scores[i % scores.length]);
			}
			values.put("evaluationComment", "Оценка в начале программы");
			return values;
		}

		private Map<String, Object> consent(DemoCast.Newcomer newcomer) {
			String validUntil = LocalDate.of(firstYear + 1, Month.AUGUST, 31).toString();
			Map<String, Object> values = new HashMap<>(Map.of("consentReceivedOn", today(), "consentValidUntil",
					validUntil, "consentPaperReference", "Журнал согласий " + programme.getAcademicYear() + ", № "
							+ (tasksWorked + 1)));
			if (newcomer.publicationConsent()) {
				values.put("publicationConsentGiven", true);
				values.put("publicationValidUntil", validUntil);
				values.put("publicationPaperReference", "Согласие на распространение, журнал согласий "
						+ programme.getAcademicYear());
			}
			return values;
		}

		private Map<String, Object> questionnaire(DemoCast.Newcomer newcomer) {
			Map<String, Object> answers = new HashMap<>(newcomer.questionnaire());
			if (answers.containsKey("staffConsentReference")) {
				answers.put("staffConsentDate", today());
				answers.put("addendumDate", today());
			}
			return answers;
		}

		/** Step 17: each respondent names the first person the form offers them, if any. */
		private Map<String, Object> firstChoice(Task task) {
			List<String> offered = offered(task, "preferenceOptions");
			return offered.isEmpty() ? Map.of() : Map.of("firstChoice", offered.get(0));
		}

		@SuppressWarnings("unchecked")
		private List<String> offered(Task task, String variable) {
			return ((List<FormOption>) taskForms.shown(task.getId()).getOrDefault(variable, List.of())).stream()
				.map(FormOption::value)
				.toList();
		}
	}

	/**
	 * When a person works the task: one to four days after it appeared, but two to six days before it is due at the
	 * latest; on a weekday morning.
	 */
	/** A pair's next regular meeting in the demo's walk. */
	private static final class MeetingCursor {

		LocalDate day;

		int number;

		MeetingCursor(LocalDate day) {
			this.day = day;
		}
	}

	/**
	 * The day a person works a task: one to four days after it appeared (a pair's meeting, a week or so), two to five before it is due at the latest,
	 * on a weekday. How many days is spread over the tasks by what they are about — their step and their participant
	 * or pair, not the engine's random ids — so the demo's year comes out the same on every start.
	 */
	static Instant workedOn(Task task, int spread, int daysToStart, ZoneId zone) {
		LocalDate appeared = LocalDate.ofInstant(task.getCreateTime().toInstant(), zone);
		LocalDate due = LocalDate.ofInstant(task.getDueDate().toInstant(), zone);
		LocalDate soon = appeared.plusDays(daysToStart + spread);
		LocalDate latest = due.minusDays(2 + spread);
		LocalDate day = soon.isBefore(latest) ? soon : latest;
		while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
			day = day.minusDays(1);
		}
		return day.atTime(WORKING_MORNING).atZone(zone).toInstant();
	}

	/** A checklist's values as Tasklist sends them: a JSON array of strings. */
	private static Object json(String... values) {
		return json(List.of(values));
	}

	private static Object json(List<String> values) {
		return SpinValues.jsonValue(values.stream().map(value -> "\"" + value + "\"")
			.collect(Collectors.joining(", ", "[", "]"))).create();
	}
}
