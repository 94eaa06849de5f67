package ru.nastavnik.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.nastavnik.NastavnikTest;

/**
 * The progress the list of programmes reads for all programmes at once equals what the engine's API tells programme
 * by programme ({@link PerProgrammeProgress}), in every state a programme can be in.
 */
@NastavnikTest
class ProgrammeProgressTests {

	@Autowired
	ProgrammeProgress progress;

	@Autowired
	PerProgrammeProgress perProgramme;

	@Autowired
	StageOneDriver driver;

	@Autowired
	Programmes programmes;

	@Autowired
	TaskService taskService;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	ru.nastavnik.participant.ParticipantDriver participants;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void shouldReadForAllProgrammesAtOnceWhatTheEngineTellsProgrammeByProgramme() {
		// stage I: the curator not yet appointed
		Programme fresh = driver.startSchoolProgramme();
		// stage I: the regulation returned for rework, open again; the roadmap approved
		Programme returned = driver.startSchoolProgramme();
		driver.appointCurator(returned);
		driver.draft(returned, DocumentKind.REGULATION, "П-1");
		driver.returnForRework(returned, DocumentKind.REGULATION, "Уточните сроки этапов");
		driver.draft(returned, DocumentKind.ROADMAP, "ДК-1");
		driver.approve(returned, DocumentKind.ROADMAP);
		// stages II and III side by side: their steps are tasks of the processes called for them
		Programme bases = driver.startSchoolProgramme();
		driver.completeStageOne(bases);
		// stage II done, stage III still at work
		Programme mentorBase = driver.startSchoolProgramme();
		driver.completeStageOne(mentorBase);
		for (String step : List.of(ProgrammeProcess.COLLECT_QUESTIONNAIRES,
				ProgrammeProcess.COLLECT_THIRD_PARTY_INFORMATION, ProgrammeProcess.FORM_MENTEE_BASE,
				ProgrammeProcess.CHOOSE_MENTORING_FORMS, ProgrammeProcess.EVALUATE_MENTEES)) {
			driver.work(mentorBase, step);
		}
		// stage IV
		Programme training = driver.startSchoolProgramme();
		driver.completeStageOne(training);
		driver.workStagesTwoAndThree(training);

		// stage V: pairs proposed and accepted (a process called for step 18), the order (another) not yet approved
		Programme pairs = throughStepsFourToSeven("matchPairs");
		// the whole year
		Programme completed = throughStepsFourToSeven("updateBases");

		// October 2 of the year of the programme in stages II and III: its questionnaires (due September 30) are late
		ClockUtil.setCurrentTime(StageOneDriver.date(LocalDate.of(bases.getStartsOn().getYear(), 10, 2)));
		assertSameAsProgrammeByProgramme();
		ProgrammeProgress.Progress sideBySide = progress.of(bases);
		assertThat(sideBySide.stage())
			.isEqualTo("Этап II. Формирование базы наставляемых; Этап III. Формирование базы наставников");
		assertThat(sideBySide.status()).isEqualTo(ProgrammeStatus.MENTEE_BASE);
		// the overdue steps are tasks of the called processes, not of the programme's own
		List<ProgrammeProgress.OverdueStep> late = progress.overdue(bases);
		assertThat(late).extracting(ProgrammeProgress.OverdueStep::step)
			.containsExactlyInAnyOrder(ProgrammeProcess.COLLECT_QUESTIONNAIRES,
					ProgrammeProcess.COLLECT_MENTOR_QUESTIONNAIRES);
		assertThat(late).allSatisfy(step -> assertThat(taskService.createTaskQuery().taskId(step.taskId())
			.singleResult().getProcessInstanceId()).isNotEqualTo(bases.getProcessInstanceId()));
		assertThat(sideBySide.overdueSteps()).isEqualTo(late.size());
		assertThat(progress.of(mentorBase).status()).isEqualTo(ProgrammeStatus.MENTOR_BASE);
		assertThat(progress.of(mentorBase).stage()).isEqualTo("Этап III. Формирование базы наставников");
		assertThat(progress.of(training).status()).isEqualTo(ProgrammeStatus.MENTOR_TRAINING);
		// step 18 is done by the tasks of its called process alone (it writes no step record of its own)
		assertThat(progress.of(pairs).status()).isEqualTo(ProgrammeStatus.PAIRS);
		assertThat(perProgramme.percentDone(pairs))
			.isEqualTo((int) (driver.plan(pairs).stream().filter(step -> step.getStage() < 5).count() + 1) * 100
					/ driver.plan(pairs).size());
		assertThat(progress.of(completed)).isEqualTo(new ProgrammeProgress.Progress("Программа завершена",
				ProgrammeStatus.COMPLETED, 0, 100));
		// the returned regulation is open again: of the five steps worked, drafting it does not count
		assertThat(progress.of(returned).percentDone()).isEqualTo(4 * 100 / driver.plan(returned).size());
		// its curator was due on May 31 of its own, earlier year
		assertThat(progress.of(fresh)).isEqualTo(new ProgrammeProgress.Progress(ProgrammeStatus.PREPARATION.title(),
				ProgrammeStatus.PREPARATION, 1, 0));

		// years later every open step of these programmes is late
		ClockUtil.setCurrentTime(StageOneDriver.date(LocalDate.of(training.getStartsOn().getYear() + 2, 1, 10)));
		assertSameAsProgrammeByProgramme();
		assertThat(progress.of(fresh).overdueSteps()).isEqualTo(1);
		assertThat(progress.of(returned).overdueSteps()).isEqualTo(1);
	}

	/** A programme with people in its bases, worked through stages I–III and then to the given step of IV–VII. */
	private Programme throughStepsFourToSeven(String lastStep) {
		Programme programme = driver.startSchoolProgramme();
		driver.completeStageOne(programme);
		participants.mentorInterviewed(programme, "Соколов Денис Игоревич", true);
		participants.menteeInBase(programme, "Петров Илья Сергеевич");
		driver.workStagesTwoAndThree(programme);
		for (String step : StageOneDriver.STAGES_FOUR_TO_SEVEN) {
			driver.work(programme, step);
			if (step.equals(lastStep)) {
				break;
			}
		}
		return programme;
	}

	/**
	 * Every programme of the database — these and those the other tests left in all their states, the demo's —
	 * read at once for both organisations, and one by one, as the engine's API tells it.
	 */
	private void assertSameAsProgrammeByProgramme() {
		Map<Long, ProgrammeProgress.Progress> all = progress.ofOrganisations(Set.of("school3", "kindergarten"));
		List<Programme> every = programmes.findByOrganisationTenantIdInOrderByOrganisationNameAscAcademicYearDesc(
				Set.of("school3", "kindergarten"));
		// as a page of the list reads them: by programme ids
		Map<Long, ProgrammeProgress.Progress> byIds = progress.ofProgrammes(every.stream().map(Programme::getId).toList());
		assertThat(all).hasSameSizeAs(every);
		assertThat(byIds).hasSameSizeAs(every);
		for (Programme programme : every) {
			ProgrammeProgress.Progress expected = perProgramme.of(programme);
			for (ProgrammeProgress.Progress read : List.of(all.get(programme.getId()), byIds.get(programme.getId()),
					progress.of(programme))) {
				assertThat(read.stage()).as("stage of %s", programme.getAcademicYear()).isEqualTo(expected.stage());
				assertThat(read.overdueSteps()).as("overdue steps of %s", programme.getAcademicYear())
					.isEqualTo(expected.overdueSteps());
				assertThat(read.percentDone()).as("percent done of %s", programme.getAcademicYear())
					.isEqualTo(expected.percentDone());
			}
		}
	}

	@Test
	void shouldReadOnlyTheOrganisationsAskedFor() {
		Programme school = driver.startSchoolProgramme();

		assertThat(progress.ofOrganisations(Set.of("kindergarten"))).doesNotContainKey(school.getId()).isNotEmpty();
		assertThat(progress.ofOrganisations(Set.of("school3"))).containsKey(school.getId());
		assertThat(progress.ofOrganisations(Set.of())).isEmpty();
	}

	@Test
	void shouldNameEachStageStatusAfterItsSubProcessOfTheProgrammesProcess() {
		BpmnModelInstance model = repositoryService.getBpmnModelInstance(repositoryService
			.createProcessDefinitionQuery().processDefinitionKey(ProgrammeProcess.KEY).latestVersion().singleResult()
			.getId());
		for (ProgrammeStatus status : ProgrammeStatus.values()) {
			if (status.stageElementId() == null) {
				continue;
			}
			SubProcess stage = model.getModelElementById(status.stageElementId());
			assertThat(stage).as(status.name()).isNotNull();
			assertThat(stage.getParentElement()).isInstanceOf(Process.class);
			assertThat(stage.getName()).isEqualTo(status.title());
		}
		// every stage of the process has its status
		assertThat(model.getModelElementsByType(SubProcess.class).stream()
			.filter(subProcess -> subProcess.getParentElement() instanceof Process && !subProcess.triggeredByEvent())
			.map(SubProcess::getId))
			.containsExactlyInAnyOrderElementsOf(java.util.Arrays.stream(ProgrammeStatus.values())
				.map(ProgrammeStatus::stageElementId).filter(java.util.Objects::nonNull).toList());
	}
}
