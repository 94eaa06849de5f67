package ru.nastavnik.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.MemoryPeak;
import ru.nastavnik.approval.ApprovalForm;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.Programmes;
import ru.nastavnik.programme.StageOneDriver;

/**
 * Roadmap step 18 for a large school, end to end as the working group waits for it: 1,600 mentees and 400 mentors in
 * the bases of an H2 file database, every pair judged by the hard constraints and scored (Russian stems of free-text
 * requests and competences, the {@code pair-form} rule, preferences), solved by OR-Tools and written with its
 * explanations. Run with {@code ./mvnw -Pbench test}; the figures go to {@code target/bench/pair-proposal.md}.
 * The second test measures what a person waits for in stage V — the request that starts the matching, the rematch
 * from the review form, the hand-over to the order and the director's approval of 1,000 pairs — and, apart, the work
 * the engine's jobs do after the request (none where the work runs inside the request); figures in
 * {@code target/bench/stage-five-wait.md}. SMTP is "configured" (a port nobody listens on, the delivery jobs never
 * run), so every mail starts its delivery process as in production.
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:file:./target/bench/pairing-${random.uuid};DB_CLOSE_ON_EXIT=FALSE",
		"camunda.bpm.job-execution.enabled=false", "spring.mail.host=localhost", "spring.mail.port=3999" })
@ActiveProfiles("default")
class PairProposalBenchmark {

	static final int MENTEES = 1_600;

	static final int MENTORS = 400;

	static final int RUNS = 3;

	static final List<String> TOPICS = List.of("математика", "физика", "химия", "биология", "история", "литература",
			"программирование", "робототехника", "олимпиады", "профориентация", "английский язык", "экономика",
			"финансовая грамотность", "шахматы", "спорт", "музыка", "рисование", "проектная деятельность",
			"журналистика", "экология", "география", "обществознание", "право", "психология", "лидерство",
			"волонтёрство", "театр", "медицина", "инженерия", "предпринимательство");

	static final List<String> CATEGORIES = List.of("PUPIL_HARD_CHOICE", "PUPIL_LOW_MOTIVATION", "PUPIL_GIFTED",
			"PUPIL_SPECIAL_NEEDS");

	static final List<String> RECOMMENDED = List.of("EMPLOYER_PUPIL", "PUPIL_PUPIL", "TEACHER_PUPIL",
			"TEACHER_PUPIL");

	static final List<String> MENTOR_TYPES = List.of("STAFF", "ALUMNUS", "EMPLOYEE", "PUPIL");

	@Autowired
	StageOneDriver stageOne;

	@Autowired
	Programmes programmes;

	@Autowired
	PairProposal proposal;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	org.camunda.bpm.engine.RuntimeService runtimeService;

	@Autowired
	org.camunda.bpm.engine.TaskService taskService;

	@Autowired
	org.camunda.bpm.engine.FormService formService;

	@Autowired
	org.camunda.bpm.engine.IdentityService identityService;

	@Autowired
	org.camunda.bpm.engine.ManagementService managementService;

	@Autowired
	PairingReview review;

	static final int ORDER_PAIRS = 1_000;

	private static String topics(Random random, int count) {
		List<String> chosen = new ArrayList<>(TOPICS);
		java.util.Collections.shuffle(chosen, random);
		return String.join(", ", chosen.subList(0, count));
	}

	/** The bases as the enrolments leave them, written straight to the tables (the enrolment is measured elsewhere). */
	private Programme bases() {
		Programme programme = stageOne.startSchoolProgramme();
		Long programmeId = programme.getId();
		Long organisationId = programme.getOrganisation().getId();
		// October of the programme's year, when step 18 is due
		ru.nastavnik.participant.ParticipantDriver.setToday(programme.getStartsOn().plusDays(40));
		Random random = new Random(42);
		Timestamp now = Timestamp.from(Instant.now());
		LocalDate start = programme.getStartsOn();
		for (String form : List.of("TEACHER_PUPIL", "STUDENT_PUPIL", "EMPLOYER_PUPIL", "PUPIL_PUPIL")) {
			jdbc.update("insert into mentoring_choice (programme_id, category, option_code, recorded_by, recorded_at) "
					+ "values (?, 'FORM', ?, 'bench', ?)", programmeId, form, now);
		}
		jdbc.update("insert into programme_event (programme_id, kind, held_on, topic, recorded_by, recorded_at) "
				+ "values (?, 'TRAINING', ?, 'Школа наставника', 'bench', ?)", programmeId, Date.valueOf(start), now);
		Long training = jdbc.queryForObject("select max(id) from programme_event", Long.class);
		List<Long> mentees = new ArrayList<>();
		List<Long> mentors = new ArrayList<>();
		for (int i = 0; i < MENTEES + MENTORS; i++) {
			boolean mentee = i < MENTEES;
			String type = MENTOR_TYPES.get(i % MENTOR_TYPES.size());
			// pupils 11–17, pupil mentors 16–17, adults 20–60
			LocalDate born = start.minusYears(mentee ? 11 + i % 6 : "PUPIL".equals(type) ? 17 : 20 + i % 40)
				.minusDays(i % 365);
			jdbc.update("insert into person (organisation_id, full_name, name_key, birth_date, email) values "
					+ "(?, ?, ?, ?, ?)", organisationId, "Участник Номер " + i, "участник номер " + i,
					Date.valueOf(born), "p" + i + "@example.ru");
			Long person = jdbc.queryForObject("select max(id) from person", Long.class);
			jdbc.update("insert into participant (programme_id, person_id, role, minor, source, status, "
					+ "interview_outcome, added_by, added_at) values (?, ?, ?, ?, 'CURATOR', 'IN_BASE', ?, 'bench', ?)",
					programmeId, person, mentee ? "MENTEE" : "MENTOR", mentee, mentee ? null : Boolean.TRUE, now);
			Long participant = jdbc.queryForObject("select max(id) from participant", Long.class);
			jdbc.update("insert into consent (participant_id, purpose, signed_by_representative, received_on, "
					+ "valid_until, paper_reference, accepted_by, recorded_at) values (?, 'PROCESSING', ?, ?, ?, ?, "
					+ "'bench', ?)", participant, mentee, Date.valueOf(start.minusMonths(1)),
					Date.valueOf(start.plusYears(1)), "Журнал № " + i, now);
			if (mentee) {
				int category = random.nextInt(CATEGORIES.size());
				jdbc.update("insert into mentee_questionnaire (participant_id, category, requests, interests, "
						+ "recommended_form, submitted_by, submitted_at) values (?, ?, ?, ?, ?, 'bench', ?)",
						participant, CATEGORIES.get(category), topics(random, 2), topics(random, 2),
						RECOMMENDED.get(category), now);
				mentees.add(participant);
			}
			else {
				jdbc.update("insert into mentor_questionnaire (participant_id, mentor_type, competences, experience, "
						+ "max_mentees, submitted_by, submitted_at) values (?, ?, ?, ?, ?, 'bench', ?)", participant,
						type, topics(random, 5), topics(random, 2), 1 + random.nextInt(6), now);
				jdbc.update("insert into event_attendance (event_id, participant_id) values (?, ?)", training,
						participant);
				mentors.add(participant);
			}
		}
		// a third of the mentees name up to three mentors; a mentor names back one in four of them
		for (Long mentee : mentees.subList(0, MENTEES / 3)) {
			List<Long> named = new ArrayList<>();
			for (int rank = 1; rank <= 3; rank++) {
				Long mentor = mentors.get(random.nextInt(MENTORS));
				if (named.contains(mentor)) {
					continue;
				}
				named.add(mentor);
				jdbc.update("insert into preference (programme_id, participant_id, preferred_id, preference_rank, "
						+ "recorded_by, recorded_at) values (?, ?, ?, ?, 'bench', ?)", programmeId, mentee, mentor,
						named.size(), now);
			}
		}
		return programme;
	}

	@Test
	void proposePairsForASchool() throws Exception {
		Programme programme = bases();
		MemoryPeak memory = MemoryPeak.start();
		long[] totals = new long[RUNS];
		long[] judged = new long[RUNS];
		MatchingRun last = null;
		for (int run = 0; run < RUNS; run++) {
			long started = System.nanoTime();
			last = transaction.execute(status -> proposal.run(programmes.findById(programme.getId()).orElseThrow(),
					"bench"));
			totals[run] = (System.nanoTime() - started) / 1_000_000;
			judged[run] = last.getMillis();
		}
		long pairs = jdbc.queryForObject("select count(*) from mentoring_pair where programme_id = ? and status = "
				+ "'PROPOSED'", Long.class, programme.getId());
		long unmatched = jdbc.queryForObject("select count(*) from unmatched_mentee where programme_id = ?", Long.class,
				programme.getId());
		assertThat(pairs + unmatched).isEqualTo(MENTEES);
		Arrays.sort(totals);
		Arrays.sort(judged);
		String report = String.format("""
				## Step 18 end to end: a school of %d mentees and %d mentors (H2 file database)

				| | median of %d runs |
				|---|---|
				| read the bases, judge and score every pair, solve (matching_run.millis) | %d ms |
				| the whole step: the above, plus the pairs with their explanations and the unmatched with reasons written | %d ms |
				| pairs proposed / mentees left without a mentor | %d / %d |
				| total score of the proposal | %d |
				| peak heap during the runs | %d MiB |
				""", MENTEES, MENTORS, RUNS, judged[RUNS / 2], totals[RUNS / 2], pairs, unmatched,
				last.getTotalScore(), memory.heapMiB());
		Files.createDirectories(Path.of("target/bench"));
		Files.writeString(Path.of("target/bench/pair-proposal.md"), report);
		System.out.println(report);
	}

	@Test
	void personWaitsForTheMatchingAndTheApproval() throws Exception {
		Programme programme = bases();
		// no pair waits for the psychologist: the review goes straight back to the working group
		jdbc.update("update mentee_questionnaire set category = 'PUPIL_GIFTED' where category = 'PUPIL_SPECIAL_NEEDS' "
				+ "and participant_id in (select id from participant where programme_id = ?)", programme.getId());
		StringBuilder rows = new StringBuilder();
		// step 18 as the programme calls it, in the transaction of whoever completed the step before
		long started = System.nanoTime();
		org.camunda.bpm.engine.runtime.ProcessInstance matching = runtimeService.startProcessInstanceByKey(
				PairingProcess.MATCHING, java.util.Map.of(ru.nastavnik.programme.ProgrammeProcess.Var.PROGRAMME_ID.name(),
						programme.getId(), ru.nastavnik.programme.ProgrammeProcess.Var.ORGANISATION_ID.name(),
						programme.getOrganisation().getId(), ru.nastavnik.programme.ProgrammeProcess.Var.PLAN_STEP.name(),
						"matchPairs"));
		row(rows, "step 18 starts (the request that completes the step before)", started, matching.getId());

		started = System.nanoTime();
		submit(task(matching.getId(), PairingProcess.REVIEW_PAIRS), "workgroup-school3",
				java.util.Map.of("reviewDecision", "rematch"));
		row(rows, "review form: «подобрать заново»", started, matching.getId());

		// the order of 1,000 pairs: the others taken out
		List<Long> proposed = jdbc.queryForList("select id from mentoring_pair where programme_id = ? and status = "
				+ "'PROPOSED' order by id", Long.class, programme.getId());
		assertThat(proposed).hasSizeGreaterThan(ORDER_PAIRS);
		transaction.executeWithoutResult(status -> proposed.subList(ORDER_PAIRS, proposed.size())
			.forEach(pair -> review.remove(programmes.findById(programme.getId()).orElseThrow(), pair, "bench")));

		started = System.nanoTime();
		submit(task(matching.getId(), PairingProcess.REVIEW_PAIRS), "workgroup-school3",
				java.util.Map.of("reviewDecision", "accept"));
		long accepted = System.nanoTime() - started;
		// step 19 follows step 18 in the same transaction: the draft of the order is part of the acceptance
		started = System.nanoTime() - accepted;
		org.camunda.bpm.engine.runtime.ProcessInstance order = runtimeService.startProcessInstanceByKey(
				PairingProcess.ORDER, java.util.Map.of(ru.nastavnik.programme.ProgrammeProcess.Var.PROGRAMME_ID.name(),
						programme.getId(), ru.nastavnik.programme.ProgrammeProcess.Var.ORGANISATION_ID.name(),
						programme.getOrganisation().getId(), ru.nastavnik.programme.ProgrammeProcess.Var.PLAN_STEP.name(),
						"fixPairsByOrder"));
		row(rows, "review form: «передать на распоряжение» (1,000 pairs; the draft with its PDF)", started,
				order.getId());

		started = System.nanoTime();
		submit(task(order.getId(), PairingProcess.APPROVE_ORDER), "director-school3",
				java.util.Map.of(ApprovalForm.DECISION, ApprovalForm.APPROVE));
		row(rows, "the director approves the order of 1,000 pairs", started, order.getId());

		List<Long> active = jdbc.queryForList("select id from mentoring_pair where programme_id = ? and status = "
				+ "'ACTIVE' and process_instance_id is not null", Long.class, programme.getId());
		assertThat(active).hasSize(ORDER_PAIRS);
		// one process per pair, never two
		assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PairingProcess.PAIR).list()
			.stream().map(instance -> instance.getBusinessKey()).toList()).doesNotHaveDuplicates()
			.containsAll(active.stream().map(id -> "pair-" + id).toList());
		String report = String.format("""
				## Stage V: what a person waits for (a school of %d mentees and %d mentors, an order of %d pairs)

				| request | the person waits | then the engine's jobs work | jobs |
				|---|---|---|---|
				%s""", MENTEES, MENTORS, ORDER_PAIRS, rows);
		Files.createDirectories(Path.of("target/bench"));
		Files.writeString(Path.of("target/bench/stage-five-wait.md"), report);
		System.out.println(report);
	}

	/** Records how long the request took, then runs the jobs it left (as the job executor would) and times them. */
	private void row(StringBuilder rows, String request, long started, String processInstanceId) {
		long waited = (System.nanoTime() - started) / 1_000_000;
		long jobsStarted = System.nanoTime();
		int jobs = drain(processInstanceId);
		rows.append(String.format("| %s | %d ms | %d ms | %d |%n", request, waited,
				(System.nanoTime() - jobsStarted) / 1_000_000, jobs));
	}

	/** Executes the asynchronous continuations of the process (not its timers) until none is left. */
	private int drain(String processInstanceId) {
		int executed = 0;
		while (true) {
			List<org.camunda.bpm.engine.runtime.Job> jobs = managementService.createJobQuery()
				.processInstanceId(processInstanceId).messages().executable().list();
			if (jobs.isEmpty()) {
				return executed;
			}
			for (org.camunda.bpm.engine.runtime.Job job : jobs) {
				managementService.executeJob(job.getId());
				executed++;
			}
		}
	}

	private org.camunda.bpm.engine.task.Task task(String processInstanceId, String key) {
		return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).singleResult();
	}

	private void submit(org.camunda.bpm.engine.task.Task task, String login, java.util.Map<String, Object> values) {
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
