package ru.nastavnik.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.nastavnik.programme.StageOneDriver.jsonArray;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.consent.ConsentRegister;
import ru.nastavnik.consent.ConsentRevocation;
import ru.nastavnik.engine.FormOption;
import ru.nastavnik.engine.TaskForms;
import ru.nastavnik.pairing.Preference;
import ru.nastavnik.pairing.PreferenceQuestionnaire;
import ru.nastavnik.pairing.Preferences;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.ParticipantDriver;
import ru.nastavnik.participant.ParticipantRole;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeProcess;
import ru.nastavnik.programme.StageOneDriver;

/**
 * Stage IV worked through its forms as the school's people would: whom the forms offer, what they record, and what
 * they refuse — in Russian, writing nothing.
 */
@NastavnikTest
class MentorTrainingTests {

	@Autowired
	TaskForms taskForms;

	@Autowired
	StageOneDriver stageOne;

	@Autowired
	ParticipantDriver participants;

	@Autowired
	MentorTraining training;

	@Autowired
	ProgrammeEvents events;

	@Autowired
	Preferences preferences;

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ConsentRevocation revocation;

	@Autowired
	ConsentRegister consents;

	Programme programme;

	/** In the mentor base, admitted at the interview, with a consent. */
	Participant admitted;

	/** Interviewed and not admitted («не допущен»): not in the base. */
	Participant notAdmitted;

	Participant pupil;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	Participant otherPupil;

	/** Enrolled, but no consent yet: never offered. */
	Participant withoutConsent;

	@BeforeEach
	void bringPeopleIntoTheBases() {
		programme = stageOne.startSchoolProgramme();
		stageOne.completeStageOne(programme);
		admitted = participants.mentorInterviewed(programme, "Соколов Денис Игоревич", true);
		notAdmitted = participants.mentorInterviewed(programme, "Громов Артём Олегович", false);
		pupil = participants.menteeInBase(programme, "Петров Илья Сергеевич");
		otherPupil = participants.menteeInBase(programme, "Сидорова Анна Олеговна");
		withoutConsent = participants.minor(programme, "Орлов Глеб Петрович", ParticipantRole.MENTEE);
		stageOne.workStagesTwoAndThree(programme);
		assertThat(task(ProgrammeProcess.FIND_TRAINING_EXPERTS)).isNotNull();
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	private Task task(String step) {
		return stageOne.task(programme, step);
	}

	private void submit(String step, Map<String, Object> values) {
		stageOne.submitTask(task(step), step.equals(ProgrammeProcess.HOLD_GROUP_MEETING) ? "workgroup-school3"
				: "director-school3", values);
	}

	private static String id(Participant participant) {
		return participant.getId().toString();
	}

	private ProgrammeEvent plannedTraining() {
		return events.findByProgrammeIdAndKindOrderById(programme.getId(), ProgrammeEventKind.TRAINING).get(0);
	}

	private void trainAdmittedMentor() {
		stageOne.recordStep(programme, ProgrammeProcess.FIND_TRAINING_EXPERTS);
		submit(ProgrammeProcess.TRAIN_MENTORS, Map.of("heldOn", StageOneDriver.today(), "trainedMentorIds",
				jsonArray(List.of(id(admitted)))));
	}

	private void meet(Participant... attendees) {
		submit(ProgrammeProcess.HOLD_GROUP_MEETING, Map.of("heldOn", StageOneDriver.today(), "meetingTopic",
				"Знакомство, правила работы пар", "attendeeIds",
				jsonArray(java.util.Arrays.stream(attendees).map(MentorTrainingTests::id).toList())));
	}

	private List<Task> questionnaires() {
		return taskService.createTaskQuery().processInstanceId(programme.getProcessInstanceId())
			.taskDefinitionKey(ProgrammeProcess.COLLECT_PREFERENCES).list();
	}

	private Task questionnaireOf(Participant respondent) {
		return questionnaires().stream()
			.filter(task -> respondent.getId()
				.equals(ProgrammeProcess.Var.RESPONDENT_ID.from(taskService, task.getId())))
			.findFirst().orElseThrow();
	}

	private List<String> labels(Task task, String variable) {
		return stageOne.options(task, variable).stream().map(FormOption::label).toList();
	}

	private void answer(Participant respondent, Map<String, Object> choices) {
		stageOne.submitTask(questionnaireOf(respondent), "workgroup-school3", choices);
	}

	@Test
	void shouldPlanTheTrainingAndOfferOnlyAdmittedMentorsWithAConsent() {
		stageOne.submit(programme, ProgrammeProcess.FIND_TRAINING_EXPERTS, "director-school3", Map.of(
				"trainingTopic", "Роль наставника", "plannedOn", StageOneDriver.today(), "experts",
				"Иванова Е. П., методист ИРО", "trainingMaterials", "Методические рекомендации Р-145"));

		ProgrammeEvent planned = plannedTraining();
		assertThat(planned.isHeld()).isFalse();
		assertThat(planned.getTopic()).isEqualTo("Роль наставника");
		assertThat(planned.getExperts()).isEqualTo("Иванова Е. П., методист ИРО");
		assertThat(planned.getPlannedOn()).isEqualTo(LocalDate.parse(StageOneDriver.today()));
		assertThat(runtimeService.getVariables(programme.getProcessInstanceId()))
			.containsEntry(ProgrammeProcess.Var.TRAINING_EVENT_ID.name(), planned.getId())
			.doesNotContainKeys("trainingTopic", "experts", "trainingMaterials", "plannedOn");
		Task train = task(ProgrammeProcess.TRAIN_MENTORS);
		assertThat(stageOne.offered(train, StageFourForm.TRAINING_CANDIDATES)).containsExactly(id(admitted));
		assertThat(labels(train, StageFourForm.TRAINING_CANDIDATES))
			.containsExactly("Соколов Денис Игоревич, учитель физики");
		assertThat(taskService.getVariables(train.getId())).doesNotContainKeys(StageFourForm.TRAINING_CANDIDATES,
				StageFourForm.TRAINING_PLAN);
		assertThat(taskForms.shown(train.getId()).get(StageFourForm.TRAINING_PLAN).toString())
			.contains("Роль наставника", "Иванова Е. П.");
		assertThat(training.trainedMentorIds(programme.getId())).isEmpty();

		// as Tasklist sends a checklist: a JSON array of the ticked values
		submit(ProgrammeProcess.TRAIN_MENTORS, Map.of("heldOn", StageOneDriver.today(), "trainedMentorIds",
				jsonArray(List.of(id(admitted))), "comment", "Все материалы розданы"));

		ProgrammeEvent held = plannedTraining();
		assertThat(held.getHeldOn()).isEqualTo(LocalDate.parse(StageOneDriver.today()));
		assertThat(held.getAttendeeIds()).containsExactly(admitted.getId());
		assertThat(held.getComment()).isEqualTo("Все материалы розданы");
		assertThat(training.trainedMentorIds(programme.getId())).containsExactly(admitted.getId());
		assertThat(training.mentorsForMatching(programme.getId())).extracting(Participant::getId)
			.containsExactly(admitted.getId());
	}

	@Test
	void shouldRefuseAnEmptyAttendanceAPersonNotOfferedAndAFutureDateInRussianAndWriteNothing() {
		stageOne.recordStep(programme, ProgrammeProcess.FIND_TRAINING_EXPERTS);
		String tomorrow = LocalDate.parse(StageOneDriver.today()).plusDays(1).toString();

		assertThatThrownBy(() -> submit(ProgrammeProcess.TRAIN_MENTORS, Map.of("heldOn", tomorrow,
				"trainedMentorIds", jsonArray(List.of()))))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("«Дата проведения обучения»: дата не может быть позже сегодняшней")
			.hasMessageContaining("Отметьте хотя бы одного участника: «Обучение прошли»");
		// a form submitted around the browser (engine REST): a mentor not admitted, a mentee, a made-up value
		assertThatThrownBy(() -> submit(ProgrammeProcess.TRAIN_MENTORS, Map.of("heldOn", StageOneDriver.today(),
				"trainedMentorIds", List.of(id(admitted), id(notAdmitted), id(pupil), "всех"))))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("участник «" + id(notAdmitted) + "» не из предложенного списка")
			.hasMessageContaining("участник «" + id(pupil) + "» не из предложенного списка")
			.hasMessageContaining("участник «всех» не из предложенного списка")
			.hasMessageNotContaining("участник «" + id(admitted) + "»");

		assertThat(plannedTraining().isHeld()).isFalse();
		assertThat(plannedTraining().getAttendeeIds()).isEmpty();
		assertThat(training.trainedMentorIds(programme.getId())).isEmpty();
		assertThat(task(ProgrammeProcess.TRAIN_MENTORS)).isNotNull();
	}

	@Test
	void shouldCloseATrainingNotHeldOnlyWithItsReasonAndTrainNobody() {
		stageOne.recordStep(programme, ProgrammeProcess.FIND_TRAINING_EXPERTS);
		assertThatThrownBy(() -> submit(ProgrammeProcess.TRAIN_MENTORS, Map.of("eventHeld", "notHeld")))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("Заполните поле «Причина, по которой мероприятие не проводилось»");

		submit(ProgrammeProcess.TRAIN_MENTORS, Map.of("eventHeld", "notHeld", "notHeldReason",
				"В базе нет допущенных наставников: обучение перенесено на весну"));
		assertThat(stageOne.stepRecords(programme)).filteredOn(record -> record.getStep()
			.equals(ProgrammeProcess.TRAIN_MENTORS)).singleElement().satisfies(record -> {
				assertThat(record.isHeld()).isFalse();
				assertThat(record.getNotHeldReason()).contains("обучение перенесено на весну");
			});
		assertThat(plannedTraining().isHeld()).isFalse();
		assertThat(training.trainedMentorIds(programme.getId())).isEmpty();
		assertThat(task(ProgrammeProcess.HOLD_GROUP_MEETING)).as("the year goes on").isNotNull();
	}

	@Test
	void shouldRecordTheGroupMeetingOfPeopleWithAConsentAndAskEachAttendee() {
		trainAdmittedMentor();
		Task meeting = task(ProgrammeProcess.HOLD_GROUP_MEETING);
		assertThat(stageOne.offered(meeting, StageFourForm.MEETING_CANDIDATES))
			.containsExactlyInAnyOrder(id(admitted), id(pupil), id(otherPupil));
		assertThat(labels(meeting, StageFourForm.MEETING_CANDIDATES)).contains(
				"Соколов Денис Игоревич, учитель физики — наставник", "Петров Илья Сергеевич, 8 «А» — наставляемый");
		assertThatThrownBy(() -> meet(admitted, withoutConsent))
			.hasMessageContaining("участник «" + id(withoutConsent) + "» не из предложенного списка");

		meet(admitted, pupil);

		assertThat(training.groupMeetingAttendeeIds(programme.getId()))
			.containsExactlyInAnyOrder(admitted.getId(), pupil.getId());
		assertThat(events.findByProgrammeIdAndKindOrderById(programme.getId(), ProgrammeEventKind.GROUP_MEETING))
			.singleElement().satisfies(event -> assertThat(event.getTopic()).isEqualTo("Знакомство, правила работы пар"));
		// one questionnaire per attendee, named by their number (the form shows the name); each ranks the other side
		assertThat(questionnaires()).hasSize(2);
		Task mentee = questionnaireOf(pupil);
		assertThat(mentee.getName())
			.isEqualTo("Провести анкетирование о предпочитаемом наставнике: участник № " + pupil.getId());
		assertThat(mentee.getDueDate()).isNotNull();
		assertThat(taskService.getVariables(mentee.getId())).doesNotContainKeys(PreferenceQuestionnaire.RESPONDENT_NAME,
				PreferenceQuestionnaire.OPTIONS);
		assertThat(taskForms.shown(mentee.getId()).get(PreferenceQuestionnaire.RESPONDENT_NAME))
			.isEqualTo("Петров Илья Сергеевич, 8 «А» — наставляемый");
		assertThat(stageOne.offered(mentee, "preferenceOptions")).containsExactly(id(admitted));
		assertThat(stageOne.offered(questionnaireOf(admitted), "preferenceOptions"))
			.containsExactlyInAnyOrder(id(pupil), id(otherPupil));
	}

	@Test
	void shouldRecordMutualPreferencesAndRefuseDuplicatesAndPeopleNotOffered() {
		trainAdmittedMentor();
		meet(admitted, pupil);

		assertThatThrownBy(() -> answer(admitted, Map.of("firstChoice", id(pupil), "secondChoice", id(pupil))))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("«Второй выбор»: этот участник уже выбран выше");
		assertThatThrownBy(() -> answer(admitted, Map.of("firstChoice", id(notAdmitted), "thirdChoice", id(pupil))))
			.hasMessageContaining("«Первый выбор»: выберите участника из предложенного списка")
			.hasMessageContaining("«Третий выбор»: сначала заполните предыдущий выбор");
		assertThatThrownBy(() -> answer(pupil, Map.of()))
			.hasMessageContaining("Заполните поле «Первый выбор»");
		assertThat(preferences.findByProgrammeId(programme.getId())).isEmpty();

		answer(admitted, Map.of("firstChoice", id(otherPupil), "secondChoice", id(pupil)));
		answer(pupil, Map.of("firstChoice", id(admitted)));

		assertThat(preferences.findByProgrammeId(programme.getId()))
			.extracting(Preference::getParticipantId, Preference::getPreferredId, Preference::getRank)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(admitted.getId(), otherPupil.getId(), 1),
					org.assertj.core.groups.Tuple.tuple(admitted.getId(), pupil.getId(), 2),
					org.assertj.core.groups.Tuple.tuple(pupil.getId(), admitted.getId(), 1));
		// the step is recorded once, after every questionnaire, and stage V begins
		assertThat(questionnaires()).isEmpty();
		assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(programme.getProcessInstanceId())
			.processDefinitionKey("pair-matching").count()).isOne();
	}

	@Test
	void shouldReplaceTheEarlierAnswersWhenARespondentIsAskedAgain() {
		trainAdmittedMentor();
		meet(admitted, pupil, otherPupil);
		answer(admitted, Map.of("firstChoice", id(pupil), "secondChoice", id(otherPupil)));
		// the curator asks the mentor again (Cockpit: one more questionnaire for the same respondent)
		runtimeService.createProcessInstanceModification(programme.getProcessInstanceId())
			.startBeforeActivity(ProgrammeProcess.COLLECT_PREFERENCES)
			.setVariableLocal(ProgrammeProcess.Var.RESPONDENT_ID.name(), admitted.getId())
			.execute();

		answer(admitted, Map.of("firstChoice", id(otherPupil)));

		assertThat(preferences.findByProgrammeId(programme.getId()))
			.extracting(Preference::getPreferredId, Preference::getRank)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(otherPupil.getId(), 1));
	}

	@Test
	void shouldRefuseTheQuestionnaireOfARespondentWhoseConsentHasExpired() {
		trainAdmittedMentor();
		meet(admitted, pupil);
		ParticipantDriver.setToday(ParticipantDriver.today().plusYears(2));

		assertThatThrownBy(() -> answer(pupil, Map.of("firstChoice", id(admitted))))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("Нет действующего согласия")
			.hasMessageContaining("законного представителя");
		assertThat(preferences.findByProgrammeId(programme.getId())).isEmpty();
	}

	/** Form option lists (Spin JSON in byte arrays) of the school that name the person. */
	private long jsonBytesNaming(String name) {
		return jdbc.query("select b.BYTES_ from ACT_GE_BYTEARRAY b join ACT_HI_VARINST v on v.BYTEARRAY_ID_ = b.ID_ "
				+ "where v.TENANT_ID_ = 'school3' and v.VAR_TYPE_ = 'json'", (row, i) -> new String(row.getBytes(1),
						java.nio.charset.StandardCharsets.UTF_8)).stream().filter(json -> json.contains(name)).count();
	}

	@Test
	void shouldLetARespondentWhoRevokedTheConsentGoFromThePreferences() {
		trainAdmittedMentor();
		meet(admitted, pupil);
		answer(admitted, Map.of("firstChoice", id(pupil)));

		String name = "Петров Илья Сергеевич";
		// his questionnaire's form names him, read from the bases: no list and no task name in the engine does
		assertThat(taskForms.shown(questionnaireOf(pupil).getId()).get(PreferenceQuestionnaire.RESPONDENT_NAME))
			.asString().contains(name);
		assertThat(jsonBytesNaming(name)).as("option lists in the engine").isZero();
		revocation.revoke(consents.of(pupil).get(0).id(), null, "curator-school3");

		assertThat(preferences.findByProgrammeId(programme.getId())).isEmpty();
		// he leaves every list the forms offered and every task name, in history too
		assertThat(jsonBytesNaming(name)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from ACT_HI_TASKINST where TENANT_ID_ = 'school3' and NAME_ "
				+ "like ?", Long.class, "%" + name + "%")).isZero();
		// processing stopped: the questionnaire closes with nothing recorded, and the step goes on
		answer(pupil, Map.of("firstChoice", id(admitted)));
		assertThat(preferences.findByProgrammeId(programme.getId())).isEmpty();
		assertThat(questionnaires()).isEmpty();
	}

	@Test
	void shouldRecordTheQuestionnaireStepAsNotHeldWhenNobodyIsToBeAsked() {
		trainAdmittedMentor();
		// the group meeting skipped in Cockpit: nobody attended, so nobody is asked
		runtimeService.createProcessInstanceModification(programme.getProcessInstanceId())
			.cancelAllForActivity(ProgrammeProcess.HOLD_GROUP_MEETING)
			.startBeforeActivity(ProgrammeProcess.COLLECT_PREFERENCES + "#multiInstanceBody")
			.execute();

		assertThat(questionnaires()).isEmpty();
		assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(programme.getProcessInstanceId())
			.processDefinitionKey("pair-matching").count()).isOne();
		assertThat(stageOne.stepRecords(programme)).filteredOn(record -> record.getStep()
			.equals(ProgrammeProcess.COLLECT_PREFERENCES))
			.singleElement()
			.satisfies(record -> {
				assertThat(record.isHeld()).isFalse();
				assertThat(record.getNotHeldReason()).contains("на групповой встрече не было участников");
			});
	}
}
