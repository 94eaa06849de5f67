package ru.nastavnik.pairing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import ru.nastavnik.approval.ApprovalForm;
import ru.nastavnik.participant.EnrolmentProcess;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.ParticipantDriver;
import ru.nastavnik.participant.ParticipantInput.NewParticipant;
import ru.nastavnik.participant.ParticipantRole;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeProcess;
import ru.nastavnik.programme.StageOneDriver;

/**
 * A school's bases ready for stage V, and the people working its steps: four pupils (one with special needs, one a
 * parent mentor's child) and four mentors (a teacher for a group of two, an engineer, a parent, one not trained),
 * the forms the programme chose, the training held and a mutual first choice of step 17.
 */
@Component
public class PairingDriver {

	/** The people of {@link #school()}. */
	public record School(Programme programme, Participant olympiad, Participant coder, Participant child,
			Participant special, Participant teacher, Participant engineer, Participant parent,
			Participant untrained) {
	}

	private final StageOneDriver stageOne;

	private final ParticipantDriver driver;

	private final RuntimeService runtimeService;

	private final TaskService taskService;

	private final FormService formService;

	private final IdentityService identityService;

	private final JdbcTemplate jdbc;

	private final MentoringPairs pairs;

	PairingDriver(StageOneDriver stageOne, ParticipantDriver driver, RuntimeService runtimeService,
			TaskService taskService, FormService formService, IdentityService identityService, JdbcTemplate jdbc,
			MentoringPairs pairs) {
		this.pairs = pairs;
		this.stageOne = stageOne;
		this.driver = driver;
		this.runtimeService = runtimeService;
		this.taskService = taskService;
		this.formService = formService;
		this.identityService = identityService;
		this.jdbc = jdbc;
	}

	public School school() {
		Programme programme = stageOne.startSchoolProgramme();
		ParticipantDriver.setToday(LocalDate.of(programme.getStartsOn().getYear(), 9, 5));
		Participant olympiad = mentee(programme, "Орлов Олег Петрович", "PUPIL_GIFTED",
				"подготовка к олимпиаде по математике");
		Participant coder = mentee(programme, "Кузнецова Анна Ильинична", "PUPIL_HARD_CHOICE",
				"профориентация, программирование");
		Participant child = mentee(programme, "Белов Иван Сергеевич", "PUPIL_LOW_MOTIVATION",
				"адаптация в классе, бухгалтерия");
		Participant special = mentee(programme, "Зайцев Пётр Олегович", "PUPIL_SPECIAL_NEEDS", "чтение, математика");
		Map<String, Object> teacherAnswers = new java.util.HashMap<>(Map.of("mentorType", "STAFF",
				"competences", "математика, олимпиадная подготовка, чтение", "experience", "25 лет в школе",
				"maxMentees", 2));
		teacherAnswers.putAll(ParticipantDriver.staffAgreement());
		Participant teacher = mentor(programme, "Егорова Лариса Николаевна", "egorova", teacherAnswers);
		Participant engineer = mentor(programme, "Соколов Денис Игоревич", "sokolov", Map.of("mentorType", "EMPLOYEE",
				"competences", "программирование, робототехника", "experience", "10 лет инженером", "maxMentees", 1));
		Participant parent = mentor(programme, "Белова Мария Ивановна", "belova", Map.of("mentorType", "PARENT",
				"competences", "бухгалтерия", "experience", "15 лет", "maxMentees", 2, "childParticipantIds",
				child.getId().toString()));
		Participant untrained = mentor(programme, "Новиков Глеб Андреевич", "novikov", Map.of("mentorType",
				"EMPLOYEE", "competences", "программирование", "experience", "2 года", "maxMentees", 3));
		jdbc.update("insert into mentoring_choice (programme_id, category, option_code, recorded_by, recorded_at) "
				+ "values (?, 'FORM', 'TEACHER_PUPIL', 'workgroup-school3', current_timestamp), "
				+ "(?, 'FORM', 'EMPLOYER_PUPIL', 'workgroup-school3', current_timestamp)", programme.getId(),
				programme.getId());
		jdbc.update("insert into programme_event (programme_id, kind, held_on, topic, recorded_by, recorded_at) "
				+ "values (?, 'TRAINING', ?, 'Школа наставника', 'admin-school3', current_timestamp)",
				programme.getId(), LocalDate.now());
		Long training = jdbc.queryForObject("select max(id) from programme_event", Long.class);
		for (Participant trained : List.of(teacher, engineer, parent)) {
			jdbc.update("insert into event_attendance (event_id, participant_id) values (?, ?)", training,
					trained.getId());
		}
		// step 17: the engineer and the pupil who wants to code chose each other first
		jdbc.update("insert into preference (programme_id, participant_id, preferred_id, preference_rank, recorded_by, "
				+ "recorded_at) values (?, ?, ?, 1, 'workgroup-school3', current_timestamp), "
				+ "(?, ?, ?, 1, 'workgroup-school3', current_timestamp)", programme.getId(), coder.getId(),
				engineer.getId(), programme.getId(), engineer.getId(), coder.getId());
		return new School(programme, olympiad, coder, child, special, teacher, engineer, parent, untrained);
	}

	private Participant mentee(Programme programme, String name, String category, String requests) {
		Participant mentee = driver.minor(programme, name, ParticipantRole.MENTEE, "Родитель " + name);
		driver.consent(mentee);
		driver.menteeQuestionnaire(mentee, category, requests);
		driver.thirdPartyInformation(mentee, "Классный руководитель: поддерживает участие");
		driver.include(mentee, EnrolmentProcess.DECIDE_MENTEE_BASE);
		driver.evaluate(mentee);
		return driver.reload(mentee);
	}

	private Participant mentor(Programme programme, String name, String mailbox, Map<String, Object> answers) {
		return driver.mentorInBase(driver.enrol(programme, new NewParticipant(name,
				programme.getStartsOn().minusYears(40), "наставник", ParticipantRole.MENTOR, mailbox + "@example.ru",
				null, null)), answers);
	}

	/**
	 * Stage V done for the school: the working group takes the pupil with special needs out of the proposal (no
	 * psychologist is asked) and accepts the rest, the director approves the order, the pairs take effect.
	 *
	 * @return the pair in effect of the pupil who wants to code (with the engineer)
	 */
	public MentoringPair pairsInEffect(School school) {
		Programme programme = school.programme();
		ProcessInstance matching = startMatching(programme);
		Long special = pairs.findByProgrammeIdAndStatusOrderById(programme.getId(), PairStatus.PROPOSED).stream()
			.filter(proposed -> proposed.getMenteeId().equals(school.special().getId())).findFirst().orElseThrow()
			.getId();
		submit(task(matching, PairingProcess.REVIEW_PAIRS), "workgroup-school3",
				Map.of("reviewDecision", "adjust", "removePairs", special.toString()));
		submit(task(matching, PairingProcess.REVIEW_PAIRS), "workgroup-school3", Map.of("reviewDecision", "accept"));
		ProcessInstance order = startOrder(programme);
		submit(task(order, PairingProcess.APPROVE_ORDER), "director-school3",
				Map.of(ApprovalForm.DECISION, ApprovalForm.APPROVE));
		return pairs.findByProgrammeIdAndStatusOrderById(programme.getId(), PairStatus.ACTIVE).stream()
			.filter(active -> active.getMenteeId().equals(school.coder().getId())).findFirst().orElseThrow();
	}

	/** Step 18 as the programme calls it, and its matching run by the engine's job. */
	public ProcessInstance startMatching(Programme programme) {
		return runAsyncSteps(startOnly(programme, PairingProcess.MATCHING));
	}

	/** Step 19 as the programme calls it, and its draft made by the engine's job. */
	public ProcessInstance startOrder(Programme programme) {
		return runAsyncSteps(startOnly(programme, PairingProcess.ORDER));
	}

	/** Starts step 18 or 19 as the programme calls it; its first step waits for the engine's job. */
	public ProcessInstance startOnly(Programme programme, String key) {
		return runtimeService.startProcessInstanceByKey(key, Map.of(ProgrammeProcess.Var.PROGRAMME_ID.name(),
				programme.getId(), ProgrammeProcess.Var.ORGANISATION_ID.name(), programme.getOrganisation().getId(),
				ProgrammeProcess.Var.PLAN_STEP.name(), PairingProcess.MATCHING.equals(key) ? "matchPairs"
						: "fixPairsByOrder"));
	}

	/** Runs the jobs the process left (the matching, the draft, the order taking effect), as the job executor would. */
	public ProcessInstance runAsyncSteps(ProcessInstance instance) {
		stageOne.runAsyncSteps(instance.getRootProcessInstanceId());
		return instance;
	}

	public Task task(ProcessInstance instance, String key) {
		return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).list()
			.stream().findFirst().orElseThrow(() -> new AssertionError("нет задачи " + key));
	}

	/**
	 * Submits the task's form as the person would in Tasklist (their groups, the school's tenant), then runs the jobs
	 * the decision left, as the job executor would shortly after.
	 */
	public void submit(Task task, String login, Map<String, Object> values) {
		String root = runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
			.singleResult().getRootProcessInstanceId();
		submitOnly(task, login, values);
		stageOne.runAsyncSteps(root);
	}

	/** Submits the task's form only: the jobs it leaves wait. */
	public void submitOnly(Task task, String login, Map<String, Object> values) {
		List<String> groups = identityService.createGroupQuery().groupMember(login).list().stream()
			.map(group -> group.getId()).toList();
		identityService.setAuthentication(login, groups, List.of(StageOneDriver.SCHOOL));
		try {
			formService.submitTaskForm(task.getId(), values);
		}
		finally {
			identityService.clearAuthentication();
		}
	}
}
