package ru.nastavnik.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.consent.ConsentRevocation;
import ru.nastavnik.engine.TaskForms;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeProcess;
import ru.nastavnik.programme.StageOneDriver;
import ru.nastavnik.programme.StepRecord;

/**
 * Every path of {@code second-evaluation} (step 31): one task per participant in the bases, by the group of their
 * first evaluation, due from the plan; the step's own task shows the evaluations as they stand and closes from them —
 * never with nobody evaluated, with a reason while someone is not; a participant who leaves is not evaluated (their
 * task ends) and is counted as left; closing the step takes the evaluations still open away.
 */
@NastavnikTest
class SecondEvaluationTests {

	@Autowired
	StageOneDriver driver;

	@Autowired
	ParticipantDriver participants;

	@Autowired
	TaskService taskService;

	@Autowired
	HistoryService historyService;

	@Autowired
	TaskForms taskForms;

	@Autowired
	Evaluations evaluations;

	@Autowired
	ConsentRevocation revocation;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ru.nastavnik.monitoring.ProgrammeGrowth growth;

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	/** A pupils' programme with two mentors and two mentees in the bases, through the year up to step 31. */
	private Programme programmeAtSecondEvaluation() {
		Programme programme = driver.startSchoolProgramme();
		driver.completeStageOne(programme);
		participants.fourIntoBases(programme);
		driver.workStagesTwoAndThree(programme);
		driver.workStagesFourToSevenBefore(programme, ProgrammeProcess.EVALUATE_PARTICIPANTS_AGAIN);
		return programme;
	}

	private Task findRecord(Programme programme) {
		String[] tree = jdbc.queryForList("select ID_ from ACT_RU_EXECUTION where ROOT_PROC_INST_ID_ = ?"
				+ " and PARENT_ID_ is null", String.class, programme.getProcessInstanceId()).toArray(String[]::new);
		return taskService.createTaskQuery().processInstanceIdIn(tree)
			.taskDefinitionKey(SecondEvaluationProcess.RECORD).singleResult();
	}

	@Test
	void shouldEvaluateEachParticipantAgainAndCloseTheStepFromTheFacts() {
		Programme programme = programmeAtSecondEvaluation();
		// steps 9 and 12 closed from the first evaluations: everyone in the bases was evaluated
		assertThat(driver.stepRecords(programme)).filteredOn(step -> step.getStep().equals(
				ProgrammeProcess.EVALUATE_MENTEES) || step.getStep().equals(ProgrammeProcess.EVALUATE_MENTORS))
			.hasSize(2)
			.allSatisfy(step -> assertThat(step.getMaterials())
				.contains("Участников в базе: 2; оценены (первый этап (начало программы)) — 2 из 2.")
				.doesNotContain("Причина"));
		List<Task> open = driver.secondEvaluationTasks(programme);
		List<Long> inBase = jdbc.queryForList("select id from participant where programme_id = ? and status ="
				+ " 'IN_BASE' order by id", Long.class, programme.getId());
		assertThat(inBase).hasSize(4);
		assertThat(open).hasSize(4);
		assertThat(open).allSatisfy(task -> {
			assertThat(task.getName()).isEqualTo(
					"Оценить участника по заданным параметрам (мониторинг, второй этап)");
			assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
				.containsExactly("working-group");
			// the form shows whom and on which parameters, as the first evaluation's did
			assertThat(taskForms.shown(task.getId())).containsKeys("participantSummary", "evaluationParameter1");
		});
		Task record = findRecord(programme);
		assertThat(record.getName()).isEqualTo("Подвести итог второго этапа оценки участников");
		assertThat(String.valueOf(taskForms.shown(record.getId()).get("evaluationStepSummary")))
			.contains("Участников в базе: 4; оценены (второй этап (завершение программы)) — 0 из 4");
		assertThatThrownBy(() -> driver.submitTask(record, "workgroup-school3", Map.of()))
			.hasMessageContaining("Шаг закрывают, когда оценён хотя бы один участник");

		// two are evaluated: each on their own set; a score off the scale is refused with nothing written
		Task first = open.get(0);
		Long firstId = (Long) taskService.getVariable(first.getId(), "participantId");
		Map<String, Object> wrong = participants.scores(participants.byId(firstId), 6);
		assertThatThrownBy(() -> driver.submitTask(first, "workgroup-school3", wrong))
			.hasMessageContaining("целое число от 1 до 5");
		assertThat(evaluations.findByParticipantIdAndStage(firstId, EvaluationStage.END)).isEmpty();
		for (Task task : open.subList(0, 2)) {
			Long id = (Long) taskService.getVariable(task.getId(), "participantId");
			driver.submitTask(task, "workgroup-school3", participants.scores(participants.byId(id), 4, 5));
			assertThat(evaluations.findByParticipantIdAndStage(id, EvaluationStage.END)).isPresent();
		}

		// the third leaves the programme: their evaluation ends without a score
		Task leaving = open.get(2);
		Long leaver = (Long) taskService.getVariable(leaving.getId(), "participantId");
		Long consent = jdbc.queryForList("select id from consent where participant_id = ? order by id", Long.class,
				leaver).get(0);
		revocation.revoke(consent, null, "curator-school3");
		assertThat(taskService.createTaskQuery().taskId(leaving.getId()).count()).isZero();
		assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(leaving
			.getProcessInstanceId()).activityId("participantNotEvaluated").list()).hasSize(1);
		assertThat(evaluations.findByParticipantIdAndStage(leaver, EvaluationStage.END)).isEmpty();

		String summary = String.valueOf(taskForms.shown(record.getId()).get("evaluationStepSummary"));
		assertThat(summary).contains("Участников в базе: 3; оценены (второй этап (завершение программы)) — 2 из 3",
				"Ещё не оценены: № " + taskService.getVariable(open.get(3).getId(), "participantId"),
				"Выбыли из программы и не оцениваются: 1");
		assertThatThrownBy(() -> driver.submitTask(record, "workgroup-school3", Map.of()))
			.hasMessageContaining("Заполните поле «Почему оценены не все участники»");

		// closed with a reason: the record keeps the facts, the evaluation still open is taken away
		driver.submitTask(record, "workgroup-school3", Map.of("pendingReason",
				"Наставляемый на больничном до конца июня, оценим в сентябре"));
		StepRecord recorded = driver.stepRecords(programme).stream()
			.filter(step -> step.getStep().equals(ProgrammeProcess.EVALUATE_PARTICIPANTS_AGAIN)).findFirst()
			.orElseThrow();
		assertThat(recorded.isHeld()).isTrue();
		assertThat(recorded.getParticipantCount()).isEqualTo(2);
		assertThat(recorded.getMaterials()).contains("оценены (второй этап (завершение программы)) — 2 из 3",
				"Выбыли из программы и не оцениваются: 1", "Причина: Наставляемый на больничном");
		assertThat(driver.secondEvaluationTasks(programme)).isEmpty();
		List<HistoricActivityInstance> ended = historyService.createHistoricActivityInstanceQuery()
			.processInstanceId(record.getProcessInstanceId()).activityId("secondEvaluationRecorded").list();
		assertThat(ended).hasSize(1);
	}

	/**
	 * A teachers' programme: the young teachers are evaluated on the teachers' set both times (their methodical and
	 * psycho-pedagogical competences), everyone is evaluated again, and the step closes without a reason; the
	 * monitoring compares them as «Наставляемые — педагоги».
	 */
	@Test
	void shouldEvaluateATeachersProgrammeOnTheTeachersSetBothTimes() {
		Programme programme = driver.startSchoolProgramme(ru.nastavnik.programme.ProgrammeAudience.TEACHERS);
		driver.completeStageOne(programme);
		participants.fourIntoBases(programme);
		driver.workStagesTwoAndThree(programme);
		driver.workStagesFourToSevenBefore(programme, ProgrammeProcess.EVALUATE_PARTICIPANTS_AGAIN);

		List<Task> open = driver.secondEvaluationTasks(programme);
		assertThat(open).hasSize(4);
		Long mentee = null;
		for (Task task : open) {
			Long id = (Long) taskService.getVariable(task.getId(), "participantId");
			Participant participant = participants.byId(id);
			mentee = participant.getRole() == ParticipantRole.MENTEE ? id : mentee;
			Evaluation first = evaluations.findByParticipantIdAndStage(id, EvaluationStage.START).orElseThrow();
			if (participant.getRole() == ParticipantRole.MENTEE) {
				// the first evaluation and the form of the second are on the teachers' set
				assertThat(first.getScores()).containsKeys("methodical", "psychological");
				assertThat(taskForms.shown(task.getId()).values().stream().map(String::valueOf).toList())
					.anySatisfy(value -> assertThat(value).contains("Методическая компетентность"));
			}
			driver.submitTask(task, "workgroup-school3", participants.scores(participant, 4, 5));
			assertThat(evaluations.findByParticipantIdAndStage(id, EvaluationStage.END).orElseThrow().getScores()
				.keySet()).containsExactlyInAnyOrderElementsOf(first.getScores().keySet());
		}
		// each card shows the participant's own change, parameter by parameter (3, 2, 4 at the start; 4, 5, 4 at the end)
		String card = ru.nastavnik.PageClient.signIn(port, "curator-school3", "demo").get("/participants/" + mentee)
			.body();
		assertThat(card).contains("Изменение между оценкой в начале и в конце года", "Методическая компетентность",
				"+1", "+3");
		Task record = findRecord(programme);
		driver.submitTask(record, "workgroup-school3", Map.of());
		assertThat(driver.stepRecords(programme)).filteredOn(step -> step.getStep()
			.equals(ProgrammeProcess.EVALUATE_PARTICIPANTS_AGAIN)).singleElement()
			.satisfies(step -> assertThat(step.getMaterials())
				.contains("оценены (второй этап (завершение программы)) — 4 из 4").doesNotContain("Причина"));
		assertThat(growth.of(programme).sets()).extracting(set -> set.title() + ": " + set.compared())
			.contains("Наставляемые — педагоги: 2");
	}
}
