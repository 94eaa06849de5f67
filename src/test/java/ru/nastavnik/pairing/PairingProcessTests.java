package ru.nastavnik.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.approval.ApprovalForm;
import ru.nastavnik.consent.ConsentRevocation;
import ru.nastavnik.engine.TaskForms;
import ru.nastavnik.notification.NotificationDelivery;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.ParticipantDriver;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.StageOneDriver;

/**
 * Stage V end to end: the proposal with its explanations, the working group's review with the psychologist, the
 * director's order returned and reworked into a second version, the pairs in effect only after approval with one
 * process each and one mail to each participant, and re-pairing with an amending order when a consent is revoked.
 */
@NastavnikTest
class PairingProcessTests {

	@org.junit.jupiter.api.extension.RegisterExtension
	static com.icegreen.greenmail.junit5.GreenMailExtension smtp = new com.icegreen.greenmail.junit5.GreenMailExtension(
			com.icegreen.greenmail.util.ServerSetupTest.SMTP);

	@Autowired
	TaskForms taskForms;

	@Autowired
	org.camunda.bpm.engine.ManagementService managementService;

	@Autowired
	PairingDriver pairing;

	@Autowired
	ru.nastavnik.programme.Programmes programmes;

	@Autowired
	ru.nastavnik.ApiCalls api;

	@Autowired
	ru.nastavnik.programme.RoadmapPlan plan;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MentoringPairs pairs;

	@Autowired
	PairingOrders orders;

	@Autowired
	PairingReview review;

	@Autowired
	ConsentRevocation revocation;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transaction;

	@Autowired
	PairActivation activation;

	@Autowired
	PairingOrderDrafting drafting;

	@Autowired
	org.camunda.bpm.engine.RepositoryService repositoryService;

	Programme programme;

	Participant olympiad;

	Participant coder;

	Participant child;

	Participant special;

	Participant teacher;

	Participant engineer;

	Participant parent;

	Participant untrained;

	@BeforeEach
	void bringPeopleIntoTheBases() {
		PairingDriver.School school = pairing.school();
		programme = school.programme();
		olympiad = school.olympiad();
		coder = school.coder();
		child = school.child();
		special = school.special();
		teacher = school.teacher();
		engineer = school.engineer();
		parent = school.parent();
		untrained = school.untrained();
	}

	private ProcessInstance startMatching() {
		return pairing.startMatching(programme);
	}

	private ProcessInstance startOrder() {
		return pairing.startOrder(programme);
	}

	private Task task(ProcessInstance instance, String key) {
		return pairing.task(instance, key);
	}

	private void submit(Task task, String login, Map<String, Object> values) {
		pairing.submit(task, login, values);
	}

	private MentoringPair pairOf(Participant mentee, PairStatus status) {
		return pairs.findByProgrammeIdAndStatusOrderById(programme.getId(), status).stream()
			.filter(pair -> pair.getMenteeId().equals(mentee.getId())).findFirst()
			.orElseThrow(() -> new AssertionError("нет пары наставляемого " + mentee.getId()));
	}

	private Proposal proposal() {
		return transaction.execute(status -> review.proposal(programme));
	}

	@Test
	void shouldProposeExplainReviewAndFixPairsOnlyByTheApprovedOrderInformingEachParticipantOnce() throws Exception {
		ProcessInstance matching = startMatching();
		assertThat(matching).isWaitingAt(PairingProcess.REVIEW_PAIRS);

		// optimal under the hard constraints: the untrained mentor gets nobody, the parent not their own child
		assertThat(pairOf(olympiad, PairStatus.PROPOSED).getMentorId()).isEqualTo(teacher.getId());
		assertThat(pairOf(coder, PairStatus.PROPOSED).getMentorId()).isEqualTo(engineer.getId());
		assertThat(pairOf(special, PairStatus.PROPOSED).getMentorId()).isEqualTo(teacher.getId());
		assertThat(pairs.findByProgrammeIdOrderById(programme.getId()))
			.noneMatch(pair -> pair.getMentorId().equals(untrained.getId()))
			.noneMatch(pair -> pair.getMentorId().equals(parent.getId()) && pair.getMenteeId().equals(child.getId()));
		MentoringPair mutual = pairOf(coder, PairStatus.PROPOSED);
		assertThat(mutual.getPreferenceScore()).isEqualTo(15 + 15 + 20);
		assertThat(mutual.getExplanation()).contains("Итого", "выбор взаимный — 20", "программирование");
		assertThat(pairOf(olympiad, PairStatus.PROPOSED).getRequestsScore()).isPositive();
		Proposal proposal = proposal();
		assertThat(proposal.unmatched()).singleElement().satisfies(alone -> {
			assertThat(alone.mentee().id()).isEqualTo(child.getId());
			// the teacher's group of two and the engineer's single place went to pairs scoring more
			assertThat(alone.reason()).contains("все допустимые наставники (2) заняты");
		});
		// the review form shows the proposal; the pupil with special needs waits for the psychologist
		Task reviewTask = task(matching, PairingProcess.REVIEW_PAIRS);
		assertThat(taskForms.shown(reviewTask.getId()).get(PairingFormDisplay.PROPOSAL).toString())
			.contains("Орлов Олег Петрович", "Итого", "ждёт педагога-психолога", "Без наставника");
		assertThat(pairOf(special, PairStatus.PROPOSED).isFlagged()).isTrue();

		// a hard constraint is kept on every change: the parent may not take their own child
		assertThatThrownBy(() -> submit(reviewTask, "workgroup-school3", Map.of("reviewDecision", "adjust",
				"addPairs", child.getId() + "-" + parent.getId())))
			.hasMessageContaining("родитель не может быть наставником своего ребёнка");
		assertThat(pairs.findByProgrammeIdAndStatusOrderById(programme.getId(), PairStatus.PROPOSED)).hasSize(3);

		submit(reviewTask, "workgroup-school3", Map.of("reviewDecision", "accept"));
		Task psychologist = task(matching, PairingProcess.CHECK_COMPATIBILITY);
		assertThat(taskForms.shown(psychologist.getId()).get(PairingFormDisplay.PAIR).toString())
			.contains("Зайцев Пётр Олегович", "Егорова Лариса Николаевна");
		submit(psychologist, "psychologist-school3", Map.of("compatible", "yes", "compatibilityComment",
				"Спокойный темп, опыт работы с ОВЗ"));
		assertThat(pairOf(special, PairStatus.PROPOSED).getCompatibilityScore()).isEqualTo(15);
		submit(task(matching, PairingProcess.REVIEW_PAIRS), "workgroup-school3", Map.of("reviewDecision", "accept"));
		assertThat(matching).isEnded();

		// the order: returned once with a comment, reworked, approved in its second version
		ProcessInstance order = startOrder();
		assertThat(order).isWaitingAt(PairingProcess.APPROVE_ORDER);
		Task approval = task(order, PairingProcess.APPROVE_ORDER);
		assertThat(taskService.getIdentityLinksForTask(approval.getId())).extracting(link -> link.getGroupId())
			.containsExactly("director");
		PairingOrder first = orders.findFirstByProcessInstanceIdOrderByVersionDesc(order.getId()).orElseThrow();
		assertThat(first.getKind()).isEqualTo(PairingOrderKind.PAIRING);
		assertThat(first.getStatus()).isEqualTo(PairingOrderStatus.DRAFT);
		assertThat(pairOf(olympiad, PairStatus.PROPOSED).getStatus()).as("not in effect before approval")
			.isEqualTo(PairStatus.PROPOSED);
		assertThatThrownBy(() -> submit(approval, "director-school3", Map.of(ApprovalForm.DECISION, ApprovalForm.RETURN)))
			.hasMessageContaining("напишите комментарий");
		submit(approval, "director-school3", Map.of(ApprovalForm.DECISION, ApprovalForm.RETURN, ApprovalForm.COMMENT,
				"Поменяйте наставника Орлову: у Егоровой уже группа"));
		assertThat(orders.findById(first.getId()).orElseThrow().getStatus()).isEqualTo(PairingOrderStatus.RETURNED);
		Task rework = task(order, PairingProcess.REWORK_PAIRS);
		assertThat(taskForms.shown(rework.getId()).get(PairingFormDisplay.RETURN_NOTICE).toString())
			.contains("Поменяйте наставника Орлову");
		submit(rework, "workgroup-school3", Map.of("reviewDecision", "adjust", "removePairs",
				pairOf(olympiad, PairStatus.PROPOSED).getId().toString()));
		submit(task(order, PairingProcess.REWORK_PAIRS), "workgroup-school3", Map.of("reviewDecision", "accept"));
		PairingOrder second = orders.findFirstByProcessInstanceIdOrderByVersionDesc(order.getId()).orElseThrow();
		assertThat(second.getVersion()).isEqualTo(2);
		assertThat(second.getNumber()).isEqualTo(first.getNumber());
		assertThat(proposal().unmatched()).extracting(alone -> alone.mentee().id()).contains(olympiad.getId());
		assertThat(pairs.findByProgrammeIdAndStatusOrderById(programme.getId(), PairStatus.ACTIVE)).isEmpty();

		submit(task(order, PairingProcess.APPROVE_ORDER), "director-school3", Map.of(ApprovalForm.DECISION, ApprovalForm.APPROVE));
		assertThat(order).isEnded().hasPassed(PairingProcess.FIX_PAIRS);
		List<MentoringPair> active = pairs.findByProgrammeIdAndStatusOrderById(programme.getId(), PairStatus.ACTIVE);
		assertThat(active).hasSize(2).allSatisfy(pair -> {
			assertThat(pair.getOrderId()).isEqualTo(second.getId());
			assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pair.getProcessInstanceId())
				.singleResult()).satisfies(instance -> {
					assertThat(instance.getBusinessKey()).isEqualTo("pair-" + pair.getId());
					assertThat(instance.getTenantId()).isEqualTo(StageOneDriver.SCHOOL);
				});
		});
		PairingOrder approved = orders.findById(second.getId()).orElseThrow();
		assertThat(approved.getApproval().orElseThrow().getDecidedBy()).isEqualTo("director-school3");
		// the approved version, printed again without the draft mark, names every pair in Russian
		String text = ru.nastavnik.document.PrintedPdf.read(approved.getDocument()).text();
		assertThat(text).contains("ПРИКАЗ", second.getNumber(), "О закреплении наставнических пар (групп)",
				"Кузнецова Анна Ильинична", "Соколов Денис Игоревич", "Зайцев Пётр Олегович",
				"Егорова Лариса Николаевна", "работодатель – ученик", "учитель – ученик", "Отчёт куратора")
			.doesNotContain("Орлов Олег Петрович", "проект, версия");
		assertThat(ru.nastavnik.document.PrintedPdf.read(first.getDocument()).text())
			.contains("проект, версия 1", "Орлов Олег Петрович");
		// his consent revoked: the returned draft, a working document, names him by number only; the order stays
		Long consentId = jdbc.queryForObject("select id from consent where participant_id = ?", Long.class,
				olympiad.getId());
		transaction.executeWithoutResult(status -> revocation.revoke(consentId, ParticipantDriver.today(),
				"curator-school3"));
		assertThat(ru.nastavnik.document.PrintedPdf.read(orders.findById(first.getId()).orElseThrow().getDocument())
			.text()).contains("проект, версия 1", "участник программы № " + olympiad.getId())
			.doesNotContain("Орлов");
		assertThat(ru.nastavnik.document.PrintedPdf.read(orders.findById(second.getId()).orElseThrow().getDocument())
			.text()).isEqualTo(text);
		// one mail to each participant of a pair in effect, to the legal representative of a minor
		List<Map<String, Object>> mails = jdbc.queryForList("select recipient_person_id, subject, body from "
				+ "outbox_message where recipient_person_id in (select person_id from participant where programme_id = ? "
				+ "union select representative_id from participant where programme_id = ?)", programme.getId(),
				programme.getId());
		assertThat(mails).hasSize(4);
		assertThat(mails).extracting(mail -> mail.get("RECIPIENT_PERSON_ID")).doesNotHaveDuplicates();
		assertThat(mails).anySatisfy(mail -> assertThat(mail.get("BODY").toString())
			.contains("законный представитель", "Кузнецова Анна Ильинична", "Соколов Денис Игоревич",
					second.getNumber()));
	}

	@Test
	void shouldEndAPairWhenAConsentIsRevokedAndFixTheNewPairByAnAmendingOrder() {
		ProcessInstance matching = startMatching();
		submit(task(matching, PairingProcess.REVIEW_PAIRS), "workgroup-school3", Map.of("reviewDecision", "accept"));
		submit(task(matching, PairingProcess.CHECK_COMPATIBILITY), "psychologist-school3", Map.of("compatible", "no",
				"compatibilityComment", "Нужен наставник с опытом инклюзии"));
		submit(task(matching, PairingProcess.REVIEW_PAIRS), "workgroup-school3", Map.of("reviewDecision", "accept"));
		ProcessInstance order = startOrder();
		submit(task(order, PairingProcess.APPROVE_ORDER), "director-school3", Map.of(ApprovalForm.DECISION, ApprovalForm.APPROVE));
		MentoringPair coding = pairOf(coder, PairStatus.ACTIVE);
		String pairProcess = coding.getProcessInstanceId();

		// the review form showed him, read from the proposal: the engine never held his name
		for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_RU_TASK",
				"ACT_HI_TASKINST")) {
			String column = table.endsWith("TASK") || table.endsWith("TASKINST") ? "NAME_" : "TEXT_";
			assertThat(jdbc.queryForObject("select count(*) from " + table + " where " + column + " like ?",
					Long.class, "%Соколов Денис Игоревич%")).as(table).isZero();
		}
		// the engineer's consent is revoked: the pair ends, its process stops, the pupil goes back to the pool
		Long consentId = jdbc.queryForObject("select id from consent where participant_id = ?", Long.class,
				engineer.getId());
		transaction.executeWithoutResult(status -> revocation.revoke(consentId, ParticipantDriver.today(),
				"curator-school3"));
		MentoringPair ended = pairs.findById(coding.getId()).orElseThrow();
		assertThat(ended.getStatus()).isEqualTo(PairStatus.ENDED);
		assertThat(ended.getEndReason()).contains("отозвал согласие");
		// with the engineer's data go what the pairing quoted, the mail to him and every engine text naming him
		assertThat(ended.getExplanation()).contains("объяснение удалено").doesNotContain("программирование");
		assertThat(jdbc.queryForList("select body from outbox_message where recipient_person_id = (select person_id "
				+ "from participant where id = ?)", String.class, engineer.getId()))
			.isNotEmpty().allSatisfy(body -> assertThat(body).contains("текст удалён").doesNotContain("Соколов"));
		for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL")) {
			assertThat(jdbc.queryForObject("select count(*) from " + table + " where TEXT_ like ?", Long.class,
					"%Соколов Денис Игоревич%")).as(table).isZero();
		}
		assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pairProcess).count()).isZero();
		ProcessInstance rePairing = runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(PairingProcess.RE_PAIRING).processInstanceBusinessKey("re-pairing-"
					+ programme.getId()).singleResult();
		assertThat(rePairing).isNotNull();
		// the new matching runs as the engine's job, after the revocation's request
		assertThat(pairing.runAsyncSteps(rePairing)).isSameAs(rePairing);
		ProcessInstance rematch = runtimeService.createProcessInstanceQuery().superProcessInstanceId(rePairing.getId())
			.singleResult();
		// the pupil goes to the parent in the form recommended to her («работодатель – ученик»); the incompatible pair
		// is never proposed again, so the pupil with special needs joins the parent's group, and the psychologist is
		// asked about that pair
		assertThat(pairOf(coder, PairStatus.PROPOSED).getMentorId()).isEqualTo(parent.getId());
		assertThat(pairOf(coder, PairStatus.PROPOSED).getFormScore()).isEqualTo(MatchingPool.FORM_WEIGHT);
		assertThat(pairOf(special, PairStatus.PROPOSED).getMentorId()).as(proposal().markdown())
			.isEqualTo(parent.getId());
		Task reviewAgain = task(rematch, PairingProcess.REVIEW_PAIRS);
		assertThat(LocalDate.ofInstant(reviewAgain.getDueDate().toInstant(), java.time.ZoneId.systemDefault()))
			.as("two weeks for re-pairing, not the plan's October").isEqualTo(ParticipantDriver.today().plusDays(14));
		submit(reviewAgain, "workgroup-school3", Map.of("reviewDecision", "accept"));
		submit(task(rematch, PairingProcess.CHECK_COMPATIBILITY), "psychologist-school3", Map.of("compatible", "yes"));
		submit(task(rematch, PairingProcess.REVIEW_PAIRS), "workgroup-school3", Map.of("reviewDecision", "accept"));
		ProcessInstance amending = runtimeService.createProcessInstanceQuery().superProcessInstanceId(rePairing.getId())
			.singleResult();
		PairingOrder amendment = orders.findFirstByProcessInstanceIdOrderByVersionDesc(amending.getId()).orElseThrow();
		assertThat(amendment.getKind()).isEqualTo(PairingOrderKind.AMENDING);
		submit(task(amending, PairingProcess.APPROVE_ORDER), "director-school3", Map.of(ApprovalForm.DECISION, ApprovalForm.APPROVE));
		assertThat(pairs.findById(coding.getId()).orElseThrow().getEndOrderId()).isEqualTo(amendment.getId());
		assertThat(pairOf(coder, PairStatus.ACTIVE).getOrderId()).isEqualTo(amendment.getId());
		assertThat(orders.findById(amendment.getId()).orElseThrow().getDocument()).isNotEmpty();
		assertThat(pairOf(special, PairStatus.ACTIVE).getMentorId()).isEqualTo(parent.getId());
		assertThat(rePairing).isEnded();
		// the pupil's representative hears that the pair ended (the mentor who left is named by number only), then
		// of the new pair
		List<String> toCoder = jdbc.queryForList("select body from outbox_message where recipient_person_id = (select "
				+ "representative_id from participant where id = ?) order by id", String.class, coder.getId());
		assertThat(toCoder).hasSize(3);
		assertThat(toCoder.get(1)).contains("досрочно прекращена работа наставнической пары", "участник программы №",
				"отозвал согласие", "о новой паре сообщим").doesNotContain("Соколов");
		assertThat(toCoder.get(2)).contains("Белова Мария Ивановна", amendment.getNumber());
	}

	@Test
	void shouldMailEachParticipantOfAPairInEffectExactlyOnceThroughARealMailServer() throws Exception {
		ProcessInstance matching = startMatching();
		submit(task(matching, PairingProcess.REVIEW_PAIRS), "workgroup-school3", Map.of("reviewDecision", "adjust",
				"removePairs", pairOf(special, PairStatus.PROPOSED).getId().toString()));
		submit(task(matching, PairingProcess.REVIEW_PAIRS), "workgroup-school3", Map.of("reviewDecision", "accept"));
		ProcessInstance order = startOrder();
		assertThat(deliveriesToPeople()).as("nothing is sent before the director approves").isEmpty();
		submit(task(order, PairingProcess.APPROVE_ORDER), "director-school3", Map.of(ApprovalForm.DECISION, ApprovalForm.APPROVE));

		List<org.camunda.bpm.engine.runtime.Job> jobs = deliveriesToPeople();
		assertThat(jobs).hasSize(4);
		jobs.forEach(job -> managementService.executeJob(job.getId()));
		// a retried delivery (say, after a timeout) sends nothing twice: the message is marked as sent
		jdbc.queryForList("select id from outbox_message where recipient_person_id in (select person_id from "
				+ "participant where programme_id = ? union select representative_id from participant where "
				+ "programme_id = ?)", Long.class, programme.getId(), programme.getId())
			.forEach(id -> runtimeService.startProcessInstanceByKey("notification-delivery", Map.of(
					"outboxMessageId", id, "organisationId", programme.getOrganisation().getId())));
		deliveriesToPeople().forEach(job -> managementService.executeJob(job.getId()));

		jakarta.mail.internet.MimeMessage[] mails = smtp.getReceivedMessages();
		assertThat(mails).hasSize(4);
		List<String> recipients = new java.util.ArrayList<>();
		for (jakarta.mail.internet.MimeMessage mail : mails) {
			recipients.add(mail.getAllRecipients()[0].toString());
		}
		// the mentors themselves; the minors' legal representatives
		assertThat(recipients).containsExactlyInAnyOrder("egorova@example.ru", "sokolov@example.ru",
				"parent@example.ru", "parent@example.ru");
		assertThat(java.util.Arrays.stream(mails).map(mail -> {
			try {
				return mail.getSubject() + "\n" + mail.getContent();
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}).toList()).anySatisfy(text -> assertThat(text).contains("ваша наставническая пара",
				"Орлов Олег Петрович", "учитель – ученик"))
			.anySatisfy(text -> assertThat(text).contains("законный представитель", "Кузнецова Анна Ильинична",
					"Соколов Денис Игоревич", "работодатель – ученик"));
	}

	/** The delivery jobs of the mails to this programme's people (participants, representatives). */
	private List<org.camunda.bpm.engine.runtime.Job> deliveriesToPeople() {
		List<Long> messages = jdbc.queryForList("select id from outbox_message where recipient_person_id in (select "
				+ "person_id from participant where programme_id = ? union select representative_id from participant "
				+ "where programme_id = ?)", Long.class, programme.getId(), programme.getId());
		return runtimeService.createProcessInstanceQuery().processDefinitionKey("notification-delivery").list()
			.stream().filter(instance -> messages
				.contains(NotificationDelivery.Var.OUTBOX_MESSAGE_ID.from(runtimeService, instance.getId())))
			.flatMap(instance -> managementService.createJobQuery().processInstanceId(instance.getId()).list().stream())
			.toList();
	}

	@Test
	void shouldRefuseMalformedChangesInRussianAndEscalateAnOverdueReview() {
		ProcessInstance matching = startMatching();
		Task review = task(matching, PairingProcess.REVIEW_PAIRS);
		assertThatThrownBy(() -> submit(review, "workgroup-school3", Map.of("reviewDecision", "adjust",
				"removePairs", "первую", "swapPairs", "12 на 15")))
			.hasMessageContaining("Поле «Исключить пары»: номера через запятую")
			.hasMessageContaining("Поле «Поменять наставников местами»: пары номеров через дефис");
		assertThatThrownBy(() -> submit(review, "workgroup-school3", Map.of("reviewDecision", "rematch",
				"removePairs", "1")))
			.hasMessageContaining("При повторном подборе оставьте поля изменений пустыми");
		assertThatThrownBy(() -> submit(review, "workgroup-school3", Map.of("reviewDecision", "accept",
				"removePairs", pairOf(olympiad, PairStatus.PROPOSED).getId().toString())))
			.hasMessageContaining("Изменения пар сначала примените");
		// nothing of the refused submissions was written
		assertThat(pairs.findByProgrammeIdAndStatusOrderById(programme.getId(), PairStatus.PROPOSED)).hasSize(3);
		assertThat(taskService.getVariable(review.getId(), "removePairs")).isNull();

		// the review is due with step 18 of the plan; past it, the step is escalated and the task stays open
		LocalDate due = plan.of(programme.getId()).stream().filter(step -> step.getStep().equals("matchPairs"))
			.findFirst().orElseThrow().getDueOn();
		assertThat(LocalDate.ofInstant(review.getDueDate().toInstant(), java.time.ZoneId.systemDefault()))
			.isEqualTo(due);
		ParticipantDriver.setToday(due.plusDays(2));
		org.camunda.bpm.engine.runtime.Job timer = managementService.createJobQuery().processInstanceId(matching.getId())
			.timers().singleResult();
		managementService.executeJob(timer.getId());
		assertThat(taskService.getVariableLocal(review.getId(), "overdueEscalatedAt")).isNotNull();
		assertThat(jdbc.queryForObject("select count(*) from overdue_escalation where programme_id = ? and step = ?",
				Long.class, programme.getId(), "matchPairs")).isOne();
		assertThat(matching).isWaitingAt(PairingProcess.REVIEW_PAIRS);
	}

	@Test
	void shouldShowAChangeMadeThroughTheApiInTheOpenFormAndCloseThePsychologistsTaskOfAPairTakenOut()
			throws Exception {
		ProcessInstance matching = startMatching();
		Task review = task(matching, PairingProcess.REVIEW_PAIRS);
		MentoringPair olympiadPair = pairOf(olympiad, PairStatus.PROPOSED);
		assertThat(taskForms.shown(review.getId()).get(PairingFormDisplay.PROPOSAL).toString())
			.contains("Пара № " + olympiadPair.getId());

		api.body(api.call("curator-school3", org.springframework.http.HttpMethod.DELETE, "/api/programmes/"
				+ programme.getId() + "/matching/pairs/" + olympiadPair.getId(), null),
				org.springframework.http.HttpStatus.OK);
		assertThat(taskForms.shown(review.getId()).get(PairingFormDisplay.PROPOSAL).toString())
			.doesNotContain("Пара № " + olympiadPair.getId()).contains("пара № " + olympiadPair.getId()
					+ " исключена рабочей группой");

		// the psychologist is asked about the pupil with special needs; the pair is taken out meanwhile
		submit(review, "workgroup-school3", Map.of("reviewDecision", "accept"));
		Task psychologist = task(matching, PairingProcess.CHECK_COMPATIBILITY);
		api.body(api.call("workgroup-school3", org.springframework.http.HttpMethod.DELETE, "/api/programmes/"
				+ programme.getId() + "/matching/pairs/" + pairOf(special, PairStatus.PROPOSED).getId(), null),
				org.springframework.http.HttpStatus.OK);
		submit(psychologist, "psychologist-school3", Map.of("compatible", "yes"));
		assertThat(jdbc.queryForObject("select count(*) from compatibility_note where programme_id = ?", Long.class,
				programme.getId())).as("nothing to record about a pair no longer proposed").isZero();
		assertThat(matching).isWaitingAt(PairingProcess.REVIEW_PAIRS);
	}

	@Test
	void shouldLetOnlyOneOfTwoSimultaneousChangesGiveTheSameMenteeAPair() throws Exception {
		startMatching();
		Long olympiadPair = pairOf(olympiad, PairStatus.PROPOSED).getId();
		transaction.executeWithoutResult(status -> review.remove(current(), olympiadPair, "workgroup-school3"));
		java.util.concurrent.CountDownLatch firstInside = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.ExecutorService people = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			// two members of the working group give the pupil a mentor at the same moment: the teacher, the parent
			java.util.concurrent.Future<?> first = people.submit(() -> transaction.executeWithoutResult(status -> {
				review.add(current(), olympiad.getId(), teacher.getId(), "workgroup-school3");
				firstInside.countDown();
				try {
					release.await();
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}));
			assertThat(firstInside.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
			java.util.concurrent.Future<?> second = people.submit(() -> transaction.executeWithoutResult(status ->
					review.add(current(), olympiad.getId(), parent.getId(), "curator-school3")));
			Thread.sleep(300);
			assertThat(second.isDone()).as("the second change waits for the first").isFalse();
			release.countDown();
			first.get(30, java.util.concurrent.TimeUnit.SECONDS);
			assertThatThrownBy(() -> second.get(30, java.util.concurrent.TimeUnit.SECONDS))
				.hasMessageContaining("У наставляемого № " + olympiad.getId() + " уже есть пара");
		}
		finally {
			people.shutdownNow();
		}
		assertThat(pairs.findByProgrammeIdAndStatusOrderById(programme.getId(), PairStatus.PROPOSED))
			.filteredOn(pair -> pair.getMenteeId().equals(olympiad.getId())).singleElement()
			.satisfies(pair -> assertThat(pair.getMentorId()).isEqualTo(teacher.getId()));
	}

	private Programme current() {
		return programmes.findById(programme.getId()).orElseThrow();
	}

	@Test
	void shouldMatchInAJobAfterTheRequestAndMatchAgainWhenTheWorkingGroupAsks() {
		ProcessInstance matching = pairing.startOnly(programme, PairingProcess.MATCHING);
		// the request that starts step 18 only leaves the job: nothing is proposed yet
		assertThat(matching).isWaitingAt(PairingProcess.PROPOSE_PAIRS);
		assertThat(pairs.findByProgrammeIdOrderById(programme.getId())).isEmpty();
		org.camunda.bpm.engine.runtime.Job job = managementService.createJobQuery().processInstanceId(matching.getId())
			.messages().singleResult();
		assertThat(job.getRetries()).isEqualTo(3);
		pairing.runAsyncSteps(matching);
		assertThat(matching).isWaitingAt(PairingProcess.REVIEW_PAIRS);
		List<MentoringPair> first = pairs.findByProgrammeIdAndStatusOrderById(programme.getId(), PairStatus.PROPOSED);
		assertThat(first).hasSize(3);

		// «подобрать заново»: the form closes at once, the old proposal stays until the job replaces it
		pairing.submitOnly(task(matching, PairingProcess.REVIEW_PAIRS), "workgroup-school3",
				Map.of("reviewDecision", "rematch"));
		assertThat(matching).isWaitingAt(PairingProcess.PROPOSE_PAIRS);
		List<Long> firstIds = first.stream().map(MentoringPair::getId).toList();
		assertThat(pairs.findByProgrammeIdAndStatusOrderById(programme.getId(), PairStatus.PROPOSED))
			.extracting(MentoringPair::getId).isEqualTo(firstIds);
		pairing.runAsyncSteps(matching);
		assertThat(matching).isWaitingAt(PairingProcess.REVIEW_PAIRS);
		assertThat(pairs.findByProgrammeIdAndStatusOrderById(programme.getId(), PairStatus.PROPOSED)).hasSize(3)
			.extracting(MentoringPair::getId).doesNotContainAnyElementsOf(firstIds);
		assertThat(pairs.findAllById(firstIds))
			.allSatisfy(pair -> assertThat(pair.getStatus()).isEqualTo(PairStatus.REMOVED));
		// each run is recorded with whoever asked for it
		assertThat(jdbc.queryForList("select run_by from matching_run where programme_id = ? order by id",
				String.class, programme.getId())).containsExactly("система", "workgroup-school3");
	}

	@Test
	void shouldTurnAFailedDraftIntoAnIncidentAndNeverDraftTwoVersionsOfTheSameVersion() {
		// no pair proposed: the draft's job fails, three attempts, then an incident for the administrator
		ProcessInstance order = pairing.startOnly(programme, PairingProcess.ORDER);
		assertThat(order).isWaitingAt(PairingProcess.DRAFT_ORDER);
		String incident = failThrice(order);
		assertThat(incident).contains("Проект приказа не составлен");
		assertThat(orders.findFirstByProcessInstanceIdOrderByVersionDesc(order.getId())).isEmpty();

		// with pairs proposed, the administrator retries it from Cockpit: one version, however often it is asked for
		ProcessInstance matching = startMatching();
		submit(task(matching, PairingProcess.REVIEW_PAIRS), "workgroup-school3", Map.of("reviewDecision", "adjust",
				"removePairs", pairOf(special, PairStatus.PROPOSED).getId().toString()));
		submit(task(matching, PairingProcess.REVIEW_PAIRS), "workgroup-school3", Map.of("reviewDecision", "accept"));
		org.camunda.bpm.engine.runtime.Job draft = managementService.createJobQuery().processInstanceId(order.getId())
			.singleResult();
		managementService.setJobRetries(draft.getId(), 1);
		managementService.executeJob(draft.getId());
		assertThat(order).isWaitingAt(PairingProcess.APPROVE_ORDER);
		PairingOrder drafted = orders.findFirstByProcessInstanceIdOrderByVersionDesc(order.getId()).orElseThrow();
		PairingOrder again = transaction.execute(status -> drafting.draft(current(), order.getId(), "workgroup-school3"));
		assertThat(again.getId()).isEqualTo(drafted.getId());
		assertThat(jdbc.queryForObject("select count(*) from pairing_order where process_instance_id = ?", Long.class,
				order.getId())).isOne();
	}

	@Test
	void shouldStartEachPairOnceInAJobOfItsOwnAndTurnAFailedStartIntoAnIncidentWithoutPersonalData() throws Exception {
		ProcessInstance matching = startMatching();
		submit(task(matching, PairingProcess.REVIEW_PAIRS), "workgroup-school3", Map.of("reviewDecision", "adjust",
				"removePairs", pairOf(special, PairStatus.PROPOSED).getId().toString()));
		submit(task(matching, PairingProcess.REVIEW_PAIRS), "workgroup-school3", Map.of("reviewDecision", "accept"));
		ProcessInstance order = startOrder();
		PairingOrder drafted = orders.findFirstByProcessInstanceIdOrderByVersionDesc(order.getId()).orElseThrow();

		// the director's request records the decision only: the order takes effect in the jobs after it
		pairing.submitOnly(task(order, PairingProcess.APPROVE_ORDER), "director-school3",
				Map.of(ApprovalForm.DECISION, ApprovalForm.APPROVE));
		assertThat(order).isWaitingAt(PairingProcess.FIX_PAIRS);
		assertThat(orders.findById(drafted.getId()).orElseThrow().getStatus()).isEqualTo(PairingOrderStatus.APPROVED);
		assertThat(pairs.findByProgrammeIdAndStatusOrderById(programme.getId(), PairStatus.PROPOSED)).hasSize(2);
		Long coderPair = pairOf(coder, PairStatus.PROPOSED).getId();
		// meanwhile the pairs of the approved order are not changed
		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> review.remove(current(), coderPair,
				"workgroup-school3"))).hasMessageContaining("пары вступают в силу");

		repositoryService.suspendProcessDefinitionByKey(PairingProcess.PAIR);
		try {
			managementService.executeJob(managementService.createJobQuery().processInstanceId(order.getId())
				.singleResult().getId());
			// in effect and printed as approved; each pair's process starts in a job of its own
			assertThat(pairs.findByProgrammeIdAndStatusOrderById(programme.getId(), PairStatus.ACTIVE)).hasSize(2)
				.allSatisfy(pair -> assertThat(pair.getProcessInstanceId()).isNull());
			assertThat(ru.nastavnik.document.PrintedPdf.read(orders.findById(drafted.getId()).orElseThrow()
				.getDocument()).text()).doesNotContain("проект, версия");
			List<org.camunda.bpm.engine.runtime.Job> starts = managementService.createJobQuery()
				.processInstanceId(order.getId()).activityId(PairingProcess.START_PAIR_WORK).list();
			assertThat(starts).hasSize(2);
			String incident = failThrice(order);
			for (String personal : List.of("Кузнецова", "Соколов", "Егорова", "Орлов", "@example.ru")) {
				assertThat(incident).doesNotContain(personal);
				starts.forEach(start -> assertThat(managementService.getJobExceptionStacktrace(start.getId()))
					.doesNotContain(personal));
			}
			assertThat(runtimeService.createIncidentQuery().processInstanceId(order.getId()).count()).isEqualTo(2);
			assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PairingProcess.PAIR)
				.processInstanceBusinessKey("pair-" + coderPair).count()).isZero();
		}
		finally {
			repositoryService.activateProcessDefinitionByKey(PairingProcess.PAIR);
		}
		// the administrator retries the jobs in Cockpit: each pair starts its process, then the mails go out
		managementService.createJobQuery().processInstanceId(order.getId()).list().forEach(job -> {
			managementService.setJobRetries(job.getId(), 1);
			managementService.executeJob(job.getId());
		});
		pairing.runAsyncSteps(order);
		assertThat(order).isEnded().hasPassed(PairingProcess.INFORM_PARTICIPANTS);
		List<MentoringPair> active = pairs.findByProgrammeIdAndStatusOrderById(programme.getId(), PairStatus.ACTIVE);
		assertThat(active).hasSize(2).allSatisfy(pair -> assertThat(pair.getProcessInstanceId()).isNotNull());

		// a repeated start (a retried job, a pair whose process was started but not recorded) starts no second one
		jdbc.update("update mentoring_pair set process_instance_id = null where id = ?", coderPair);
		transaction.executeWithoutResult(status -> active.forEach(pair -> activation.startWork(current(),
				pair.getId())));
		for (MentoringPair pair : active) {
			assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PairingProcess.PAIR)
				.processInstanceBusinessKey("pair-" + pair.getId()).list()).singleElement()
				.satisfies(instance -> assertThat(instance.getId()).isEqualTo(pair.getProcessInstanceId()));
		}
		assertThat(pairs.findById(coderPair).orElseThrow().getProcessInstanceId()).isNotNull();
		// one mail to each participant
		assertThat(jdbc.queryForObject("select count(*) from outbox_message where recipient_person_id in (select "
				+ "person_id from participant where programme_id = ? union select representative_id from participant "
				+ "where programme_id = ?)", Long.class, programme.getId(), programme.getId())).isEqualTo(4);
	}

	/**
	 * Executes every job of the process that can run until each has failed three times, as the job executor would
	 * over 15 minutes, and returns the incidents' messages.
	 */
	private String failThrice(ProcessInstance instance) {
		for (int attempt = 1; attempt <= 3; attempt++) {
			for (org.camunda.bpm.engine.runtime.Job job : managementService.createJobQuery()
				.processInstanceId(instance.getId()).messages().withRetriesLeft().list()) {
				assertThatThrownBy(() -> managementService.executeJob(job.getId())).isNotNull();
				assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries())
					.isEqualTo(3 - attempt);
			}
		}
		List<org.camunda.bpm.engine.runtime.Incident> incidents = runtimeService.createIncidentQuery()
			.processInstanceId(instance.getId()).list();
		assertThat(incidents).isNotEmpty().allSatisfy(incident -> assertThat(incident.getIncidentType())
			.isEqualTo("failedJob"));
		return incidents.stream().map(org.camunda.bpm.engine.runtime.Incident::getIncidentMessage)
			.collect(java.util.stream.Collectors.joining("\n"));
	}
}
