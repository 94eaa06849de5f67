package ru.nastavnik.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import ru.nastavnik.participant.ParticipantInput.NewParticipant;
import ru.nastavnik.participant.ParticipantInput.Representative;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.StageOneDriver;

/** Works a participant's enrolment as the school's people would in Tasklist: each form submitted by its group. */
@Component
public class ParticipantDriver {

	private final Enrolment enrolment;

	private final Participants participants;

	private final TaskService taskService;

	private final FormService formService;

	private final IdentityService identityService;

	private final EvaluationSets evaluationSets;

	private final ParticipantReview review;

	private final org.springframework.transaction.support.TransactionTemplate transactions;

	ParticipantDriver(Enrolment enrolment, Participants participants, TaskService taskService,
			FormService formService, IdentityService identityService, EvaluationSets evaluationSets,
			ParticipantReview review, org.springframework.transaction.support.TransactionTemplate transactions) {
		this.evaluationSets = evaluationSets;
		this.review = review;
		this.transactions = transactions;
		this.enrolment = enrolment;
		this.participants = participants;
		this.taskService = taskService;
		this.formService = formService;
		this.identityService = identityService;
	}

	public Participant adult(Programme programme, String fullName, ParticipantRole role) {
		return enrol(programme, new NewParticipant(fullName, programme.getStartsOn().minusYears(30), "учитель физики",
				role, "adult@example.ru", "+79120000000", null));
	}

	public Participant minor(Programme programme, String fullName, ParticipantRole role) {
		return minor(programme, fullName, role, "Петрова Мария Ивановна");
	}

	public Participant minor(Programme programme, String fullName, ParticipantRole role, String representative) {
		return enrol(programme, new NewParticipant(fullName, programme.getStartsOn().minusYears(14), "8 «А»", role,
				null, null, new Representative(representative, "parent@example.ru", "+79121111111")));
	}

	public Participant enrol(Programme programme, NewParticipant input) {
		return enrolment.enrol(programme, input, ParticipantSource.CURATOR, "curator-school3");
	}

	/** The participant's second evaluation recorded as step 31's task would record it. */
	public void evaluateAtTheEnd(Long participantId, Map<String, Integer> scores) {
		transactions.executeWithoutResult(status -> review.evaluate(participants.findById(participantId)
			.orElseThrow(), EvaluationStage.END, scores, "Конец года", "workgroup-school3"));
	}

	public Participant byId(Long id) {
		return participants.findById(id).orElseThrow();
	}

	public Participant reload(Participant participant) {
		return participants.findById(participant.getId()).orElseThrow();
	}

	public Task task(Participant participant, String step) {
		return taskService.createTaskQuery()
			.processInstanceId(reload(participant).getProcessInstanceId())
			.taskDefinitionKey(step)
			.initializeFormKeys()
			.singleResult();
	}

	public void submit(Participant participant, String step, String login, Map<String, Object> values) {
		submit(participant, step, login, values, StageOneDriver.SCHOOL);
	}

	public void submit(Participant participant, String step, String login, Map<String, Object> values,
			String tenant) {
		Task task = task(participant, step);
		assertThat(task).as("открытая задача «%s»", step).isNotNull();
		List<String> groups = identityService.createGroupQuery().groupMember(login).list().stream()
			.map(group -> group.getId())
			.toList();
		identityService.setAuthentication(login, groups, List.of(tenant));
		try {
			formService.submitTaskForm(task.getId(), values);
		}
		finally {
			identityService.clearAuthentication();
		}
	}

	/** A person of the groups the plan makes responsible for the task's step. */
	public String responsible(Participant participant, String step) {
		List<String> groups = taskService.getIdentityLinksForTask(task(participant, step).getId()).stream()
			.map(link -> link.getGroupId())
			.filter(java.util.Objects::nonNull)
			.toList();
		return groups.contains("working-group") ? "workgroup-school3"
				: groups.contains("psychologist") ? "psychologist-school3" : "director-school3";
	}

	/** The consent as a school takes it: for the programme's year, to the end of the next August. */
	public void consent(Participant participant) {
		submit(participant, EnrolmentProcess.RECORD_CONSENT, responsible(participant, EnrolmentProcess.RECORD_CONSENT), Map.of(
				"consentReceivedOn", today().toString(), "consentValidUntil",
				LocalDate.of(today().getYear() + 1, 8, 31).toString(),
				"consentPaperReference", "Журнал согласий № " + participant.getId()));
	}

	public void menteeQuestionnaire(Participant participant, String category, String requests) {
		submit(participant, EnrolmentProcess.FILL_QUESTIONNAIRE, "workgroup-school3", Map.of(
				"menteeCategory", category, "requests", requests, "interests", "шахматы, робототехника"));
	}

	public void mentorQuestionnaire(Participant participant, Map<String, Object> answers) {
		submit(participant, EnrolmentProcess.FILL_QUESTIONNAIRE,
				responsible(participant, EnrolmentProcess.FILL_QUESTIONNAIRE), answers);
	}

	public void thirdPartyInformation(Participant participant, String content) {
		submit(participant, EnrolmentProcess.COLLECT_THIRD_PARTY_INFORMATION, "workgroup-school3", Map.of(
				"informationSource", "CLASS_TEACHER", "informationContent", content));
	}

	public void include(Participant participant, String step) {
		submit(participant, step, responsible(participant, step), Map.of("includedInBase", "yes"));
	}

	public void evaluate(Participant participant) {
		Map<String, Object> values = new java.util.HashMap<>(scores(participant, 3, 2, 4, 3, 3, 4));
		values.put("evaluationComment", "Начало года");
		submit(participant, EnrolmentProcess.EVALUATE_PARTICIPANT, "workgroup-school3", values);
	}

	/** The scores of the participant's set in its slots, as Tasklist submits the form ({@code score1}, …). */
	public Map<String, Object> scores(Participant participant, int... values) {
		int count = evaluationSets.of(participant.getId()).size();
		Map<String, Object> scores = new java.util.HashMap<>();
		for (int i = 0; i < count; i++) {
			scores.put("score" + (i + 1), values[i % values.length]);
		}
		return scores;
	}

	/**
	 * A mentor taken into the mentor base through their interview: admitted, or — when not — left out of the base
	 * («не допущен»).
	 */
	/**
	 * Two mentors and two mentees taken into the bases while stages II and III run, so that stage IV trains, meets
	 * and asks people: the mentors are trained, all four attend the group meeting and answer the questionnaire.
	 */
	public void fourIntoBases(Programme programme) {
		mentorInterviewed(programme, "Соколов Денис Игоревич", true);
		mentorInterviewed(programme, "Егорова Лариса Николаевна", true);
		menteeInBase(programme, "Петров Илья Сергеевич");
		menteeInBase(programme, "Сидорова Анна Олеговна");
	}

	public Participant mentorInterviewed(Programme programme, String fullName, boolean admitted) {
		Participant mentor = adult(programme, fullName, ParticipantRole.MENTOR);
		consent(mentor);
		// a teacher of the school: pairs in «учитель – ученик» or «педагог – педагог», as both year's programmes chose
		mentorQuestionnaire(mentor, Map.of("mentorType", "STAFF", "competences", "Подготовка к олимпиадам по физике",
				"experience", "20 лет в школе", "maxMentees", 2, "staffConsentReference", "С-" + mentor.getId(),
				"staffConsentDate", today().toString(), "addendumNumber", "ДС-" + mentor.getId(), "addendumDate",
				today().toString()));
		submit(mentor, EnrolmentProcess.DECIDE_MENTOR_BASE, responsible(mentor, EnrolmentProcess.DECIDE_MENTOR_BASE),
				Map.of("includedInBase", "yes", "interviewNeeded", true));
		submit(mentor, EnrolmentProcess.INTERVIEW_MENTOR, "psychologist-school3", Map.of("mentorAdmitted",
				admitted ? "yes" : "no", "interviewComment", admitted ? "Готов к работе" : "Не готов к работе сейчас"));
		if (admitted) {
			evaluate(mentor);
		}
		return reload(mentor);
	}

	/** A mentee taken into the mentee base: a minor pupil of a pupils' programme, an adult teacher of a teachers' one. */
	public Participant menteeInBase(Programme programme, String fullName) {
		Participant mentee = menteeToEvaluation(programme, fullName);
		evaluate(mentee);
		return reload(mentee);
	}

	/** A mentee taken into the base, whose evaluation («Оценить участника…») waits. */
	public Participant menteeToEvaluation(Programme programme, String fullName) {
		boolean pupils = programme.getAudience() == ru.nastavnik.programme.ProgrammeAudience.PUPILS;
		Participant mentee = pupils ? minor(programme, fullName, ParticipantRole.MENTEE)
				: adult(programme, fullName, ParticipantRole.MENTEE);
		consent(mentee);
		menteeQuestionnaire(mentee, pupils ? "PUPIL_GIFTED" : "YOUNG_TEACHER", "Подготовка к олимпиаде по физике");
		if (task(mentee, EnrolmentProcess.COLLECT_THIRD_PARTY_INFORMATION) != null) {
			thirdPartyInformation(mentee, "Классный руководитель: нужна поддержка в подготовке к олимпиадам");
		}
		include(mentee, EnrolmentProcess.DECIDE_MENTEE_BASE);
		return reload(mentee);
	}

	/** A pupil taken through enrolment into the base of mentees: consent, questionnaire, information, base, evaluation. */
	public Participant menteeInBase(Programme programme, String fullName, String category, String requests) {
		Participant mentee = minor(programme, fullName, ParticipantRole.MENTEE);
		consent(mentee);
		menteeQuestionnaire(mentee, category, requests);
		thirdPartyInformation(mentee, "Классный руководитель: учится ровно, активен на уроках");
		include(mentee, EnrolmentProcess.DECIDE_MENTEE_BASE);
		evaluate(mentee);
		return reload(mentee);
	}

	/** A mentor taken through enrolment into the base of mentors with the questionnaire's answers. */
	public Participant mentorInBase(Participant mentor, Map<String, Object> answers) {
		consent(mentor);
		mentorQuestionnaire(mentor, answers);
		include(mentor, EnrolmentProcess.DECIDE_MENTOR_BASE);
		evaluate(mentor);
		return reload(mentor);
	}

	/** What a STAFF mentor's questionnaire adds: the employee's written consent and the contract addendum. */
	public static Map<String, Object> staffAgreement() {
		return Map.of("staffConsentReference", "С-15", "staffConsentDate", today().toString(), "addendumNumber",
				"ДС-3/2026", "addendumDate", today().toString());
	}

	public static LocalDate today() {
		return LocalDate.parse(StageOneDriver.today());
	}

	public static void setToday(LocalDate day) {
		ClockUtil.setCurrentTime(StageOneDriver.date(day));
	}
}
