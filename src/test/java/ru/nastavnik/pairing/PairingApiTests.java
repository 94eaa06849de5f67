package ru.nastavnik.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.ApiCalls;
import ru.nastavnik.NastavnikTest;
import ru.nastavnik.approval.Approval;
import ru.nastavnik.document.PrintedPdf;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.ParticipantDriver;
import ru.nastavnik.participant.ParticipantInput.NewParticipant;
import ru.nastavnik.participant.ParticipantRole;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.Programmes;
import ru.nastavnik.programme.StageOneDriver;

/** {@code /api/programmes/{id}/matching} and {@code /api/orders} as the working group and the director use them. */
@NastavnikTest
class PairingApiTests {

	@Autowired
	ApiCalls api;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	StageOneDriver stageOne;

	@Autowired
	ParticipantDriver driver;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Programmes programmes;

	@Autowired
	PairingOrderDrafting drafting;

	@Autowired
	PairActivation activation;

	Programme programme;

	@BeforeEach
	void startProgramme() {
		programme = stageOne.startSchoolProgramme();
		ParticipantDriver.setToday(LocalDate.of(programme.getStartsOn().getYear(), 9, 5));
		// roadmap step 8: the forms the programme chose
		for (String form : List.of("TEACHER_PUPIL", "EMPLOYER_PUPIL")) {
			jdbc.update("insert into mentoring_choice (programme_id, category, option_code, recorded_by, recorded_at) "
					+ "values (?, 'FORM', ?, 'curator-school3', current_timestamp)", programme.getId(), form);
		}
	}

	/** Roadmap step 14: a training of mentors held, attended by these mentors. */
	private void trained(Participant... mentors) {
		jdbc.update("insert into programme_event (programme_id, kind, held_on, topic, recorded_by, recorded_at) "
				+ "values (?, 'TRAINING', ?, 'Обучение наставников', 'curator-school3', current_timestamp)",
				programme.getId(), ParticipantDriver.today());
		Long event = jdbc.queryForObject("select max(id) from programme_event where programme_id = ?", Long.class,
				programme.getId());
		for (Participant mentor : mentors) {
			jdbc.update("insert into event_attendance (event_id, participant_id) values (?, ?)", event, mentor.getId());
		}
	}

	private Participant staffMentor(String name, String competences) {
		Map<String, Object> answers = new HashMap<>(Map.of("mentorType", "STAFF", "competences", competences,
				"experience", "20 лет в школе", "maxMentees", 1));
		answers.putAll(ParticipantDriver.staffAgreement());
		return driver.mentorInBase(driver.adult(programme, name, ParticipantRole.MENTOR), answers);
	}

	private Participant employeeMentor(String name, String competences) {
		return driver.mentorInBase(driver.adult(programme, name, ParticipantRole.MENTOR), Map.of("mentorType",
				"EMPLOYEE", "competences", competences, "experience", "10 лет в банке", "maxMentees", 1));
	}

	private ResponseEntity<String> matching(String login, HttpMethod method, String path, String body) {
		return api.call(login, method, "/api/programmes/" + programme.getId() + "/matching" + path, body);
	}

	private JsonNode proposal() throws Exception {
		return api.body(matching("workgroup-school3", HttpMethod.GET, "", null), HttpStatus.OK);
	}

	private static Map<Long, Long> mentorOfMentee(JsonNode proposal) {
		Map<Long, Long> pairs = new HashMap<>();
		proposal.get("pairs").forEach(pair -> pairs.put(pair.at("/mentee/id").asLong(), pair.at("/mentor/id").asLong()));
		return pairs;
	}

	@Test
	void shouldProposeExplainedPairsAndLetTheWorkingGroupChangeThem() throws Exception {
		Participant gifted = driver.menteeInBase(programme, "Волков Никита Андреевич", "PUPIL_GIFTED",
				"олимпиадная математика, программирование");
		Participant choosing = driver.menteeInBase(programme, "Сергеев Олег Петрович", "PUPIL_HARD_CHOICE",
				"профориентация, финансовая грамотность");
		Participant third = driver.menteeInBase(programme, "Орлова Анна Павловна", "PUPIL_LOW_MOTIVATION",
				"физика, экономика");
		Participant teacher = staffMentor("Егорова Лариса Николаевна", "Олимпиадная математика, физика, программирование");
		Participant banker = employeeMentor("Козлов Андрей Викторович", "Финансовая грамотность, профориентация, экономика");
		trained(teacher, banker);

		JsonNode run = api.body(matching("workgroup-school3", HttpMethod.POST, "", null), HttpStatus.OK);
		assertThat(run.get("pairs")).hasSize(2).allSatisfy(pair -> {
			assertThat(pair.get("statusTitle").asText()).isNotBlank();
			assertThat(pair.has("requestsScore") && pair.has("formScore") && pair.has("preferenceScore")).isTrue();
			assertThat(pair.get("explanation").asText()).startsWith("Итого " + pair.get("score").asInt() + ":")
				.contains("запрос");
		});
		assertThat(run.at("/pairs/0/source").asText()).isEqualTo("SOLVER");
		assertThat(mentorOfMentee(run).get(gifted.getId())).isEqualTo(teacher.getId());
		assertThat(mentorOfMentee(run).get(choosing.getId())).isEqualTo(banker.getId());
		assertThat(run.get("unmatched")).singleElement().satisfies(alone -> {
			assertThat(alone.at("/mentee/id").asLong()).isEqualTo(third.getId());
			assertThat(alone.at("/mentee/name").asText()).isEqualTo("Орлова Анна Павловна");
			assertThat(alone.get("reason").asText()).contains("все допустимые наставники (2) заняты");
		});
		assertThat(run.at("/lastRun/pairs").asInt()).isEqualTo(2);
		assertThat(proposal()).isEqualTo(run);

		// a mentor over their load: refused, nothing changed
		JsonNode overLoad = api.problem(matching("workgroup-school3", HttpMethod.POST, "/pairs",
				"{\"menteeId\": %d, \"mentorId\": %d}".formatted(third.getId(), teacher.getId())),
				HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(overLoad.get("detail").asText()).contains("Нагрузка наставника № " + teacher.getId() + " исчерпана");
		assertThat(proposal()).isEqualTo(run);

		// bad bodies: Russian messages, nothing changed
		JsonNode empty = api.problem(matching("workgroup-school3", HttpMethod.POST, "/pairs", "{}"), HttpStatus.BAD_REQUEST);
		assertThat(empty.get("detail").asText()).contains("Укажите наставляемого (menteeId)",
				"Укажите наставника (mentorId)");
		Long first = run.at("/pairs/0/id").asLong();
		Long second = run.at("/pairs/1/id").asLong();
		assertThat(api.problem(matching("workgroup-school3", HttpMethod.POST, "/swap", "{\"firstPairId\": " + first + "}"),
				HttpStatus.BAD_REQUEST).get("detail").asText()).contains("Укажите вторую пару (secondPairId)");
		assertThat(api.problem(matching("workgroup-school3", HttpMethod.POST, "/pairs/" + first + "/end",
				"{\"reason\": \" \"}"), HttpStatus.BAD_REQUEST).get("detail").asText())
			.contains("Укажите причину досрочного прекращения пары");
		assertThat(api.problem(matching("workgroup-school3", HttpMethod.POST, "/pairs/" + first + "/end",
				"{\"reason\": \"" + "а".repeat(513) + "\"}"), HttpStatus.BAD_REQUEST).get("detail").asText())
			.contains("не длиннее 512 символов");
		// a proposed pair is removed, not ended
		assertThat(api.problem(matching("workgroup-school3", HttpMethod.POST, "/pairs/" + first + "/end",
				"{\"reason\": \"Конфликт участников\"}"), HttpStatus.CONFLICT).get("detail").asText())
			.contains("досрочно прекращается только действующая пара");
		assertThat(proposal()).isEqualTo(run);

		// swap the mentors of the two pairs
		JsonNode swapped = api.body(matching("curator-school3", HttpMethod.POST, "/swap",
				"{\"firstPairId\": %d, \"secondPairId\": %d}".formatted(first, second)), HttpStatus.OK);
		assertThat(mentorOfMentee(swapped)).containsEntry(gifted.getId(), banker.getId())
			.containsEntry(choosing.getId(), teacher.getId());
		assertThat(swapped.get("pairs")).allSatisfy(pair -> assertThat(pair.get("source").asText())
			.isEqualTo("WORKING_GROUP"));

		// the psychologist is asked about a pair
		Long bankersPair = swapped.at("/pairs/0/mentor/id").asLong() == banker.getId() ? swapped.at("/pairs/0/id")
			.asLong() : swapped.at("/pairs/1/id").asLong();
		JsonNode flagged = api.body(matching("workgroup-school3", HttpMethod.POST, "/pairs/" + bankersPair + "/flag",
				null), HttpStatus.OK);
		assertThat(flagged.get("pairs")).filteredOn(pair -> pair.get("id").asLong() == bankersPair).singleElement()
			.satisfies(pair -> assertThat(pair.get("flagged").asBoolean()).isTrue());

		// removed: the mentee is listed without a mentor, with the reason
		JsonNode removed = api.body(matching("workgroup-school3", HttpMethod.DELETE, "/pairs/" + bankersPair, null),
				HttpStatus.OK);
		assertThat(removed.get("pairs")).hasSize(1);
		assertThat(removed.get("unmatched")).anySatisfy(alone -> {
			assertThat(alone.at("/mentee/id").asLong()).isEqualTo(gifted.getId());
			assertThat(alone.get("reason").asText()).contains("исключена рабочей группой");
		});

		// added by hand within the load
		JsonNode added = api.body(matching("workgroup-school3", HttpMethod.POST, "/pairs",
				"{\"menteeId\": %d, \"mentorId\": %d}".formatted(third.getId(), banker.getId())), HttpStatus.CREATED);
		assertThat(mentorOfMentee(added)).containsEntry(third.getId(), banker.getId());
		assertThat(added.get("unmatched")).noneSatisfy(alone -> assertThat(alone.at("/mentee/id").asLong())
			.isEqualTo(third.getId()));
	}

	@Test
	void shouldAnswerOtherOrganisationsAndReadOnlyRolesWithoutChangingAnything() throws Exception {
		Participant mentee = driver.menteeInBase(programme, "Волков Никита Андреевич", "PUPIL_GIFTED",
				"олимпиадная математика");
		Participant mentor = employeeMentor("Козлов Андрей Викторович", "Олимпиадная математика");
		trained(mentor);
		JsonNode run = api.body(matching("curator-school3", HttpMethod.POST, "", null), HttpStatus.OK);
		assertThat(run.get("pairs")).hasSize(1);
		String pairs = "/pairs/" + run.at("/pairs/0/id").asLong();

		for (String login : List.of("auditor", "psychologist-school3", "director-school3")) {
			assertThat(api.body(matching(login, HttpMethod.GET, "", null), HttpStatus.OK)).isEqualTo(run);
		}
		// the proposal names a minor: each read is in the access log, as a read of their record is
		assertThat(jdbc.queryForList("select login from access_log where participant_id = ? and resource like ?",
				String.class, mentee.getId(), "%/matching")).contains("auditor", "psychologist-school3",
						"director-school3", "curator-school3");
		for (String login : List.of("auditor", "psychologist-school3")) {
			api.problem(matching(login, HttpMethod.POST, "", null), HttpStatus.FORBIDDEN);
			api.problem(matching(login, HttpMethod.DELETE, pairs, null), HttpStatus.FORBIDDEN);
		}
		JsonNode forbidden = api.problem(matching("auditor", HttpMethod.POST, "/pairs",
				"{\"menteeId\": %d, \"mentorId\": %d}".formatted(mentee.getId(), mentor.getId())), HttpStatus.FORBIDDEN);
		assertThat(forbidden.get("detail").asText()).contains("Вашей роли");

		JsonNode missing = api.problem(matching("curator-kindergarten", HttpMethod.GET, "", null), HttpStatus.NOT_FOUND);
		assertThat(missing.get("detail").asText()).contains("не найдена");
		api.problem(matching("curator-kindergarten", HttpMethod.POST, "", null), HttpStatus.NOT_FOUND);
		api.problem(matching("curator-kindergarten", HttpMethod.DELETE, pairs, null), HttpStatus.NOT_FOUND);
		api.problem(matching("curator-kindergarten", HttpMethod.POST, pairs + "/flag", null), HttpStatus.NOT_FOUND);
		assertThat(proposal()).isEqualTo(run);
	}

	@Test
	void shouldRefuseAParentWithTheirOwnChildAndAnUntrainedMentor() throws Exception {
		Participant child = driver.menteeInBase(programme, "Петров Илья Сергеевич", "PUPIL_HARD_CHOICE",
				"финансовая грамотность");
		Participant parent = driver.mentorInBase(driver.enrol(programme, new NewParticipant("Петрова Мария Ивановна",
				programme.getStartsOn().minusYears(40), "родитель", ParticipantRole.MENTOR, null, null, null)),
				Map.of("mentorType", "PARENT", "competences", "Бухгалтерия, финансовая грамотность", "experience",
						"15 лет", "maxMentees", 1, "childParticipantIds", child.getId().toString()));
		Participant untrained = employeeMentor("Козлов Андрей Викторович", "Финансовая грамотность");
		trained(parent);

		JsonNode run = api.body(matching("workgroup-school3", HttpMethod.POST, "", null), HttpStatus.OK);
		assertThat(run.get("pairs")).isEmpty();
		assertThat(run.get("unmatched")).singleElement().satisfies(alone -> assertThat(alone.get("reason").asText())
			.contains("нет допустимого наставника", "родитель не может быть наставником своего ребёнка",
					"наставник не прошёл обучение наставников"));

		JsonNode ownChild = api.problem(matching("workgroup-school3", HttpMethod.POST, "/pairs",
				"{\"menteeId\": %d, \"mentorId\": %d}".formatted(child.getId(), parent.getId())),
				HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(ownChild.get("detail").asText()).contains("Пару нельзя составить",
				"родитель не может быть наставником своего ребёнка");
		JsonNode notTrained = api.problem(matching("workgroup-school3", HttpMethod.POST, "/pairs",
				"{\"menteeId\": %d, \"mentorId\": %d}".formatted(child.getId(), untrained.getId())),
				HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(notTrained.get("detail").asText()).contains("не прошёл обучение наставников");
		assertThat(proposal()).isEqualTo(run);
	}

	@Test
	void shouldShowTheOrderVersionsAndTheirPdfToTheOrganisationOnly() throws Exception {
		driver.menteeInBase(programme, "Волков Никита Андреевич", "PUPIL_GIFTED", "олимпиадная математика");
		Participant mentor = employeeMentor("Козлов Андрей Викторович", "Олимпиадная математика");
		trained(mentor);
		api.body(matching("workgroup-school3", HttpMethod.POST, "", null), HttpStatus.OK);
		PairingOrder drafted = transaction.execute(status -> drafting.draft(
				programmes.findById(programme.getId()).orElseThrow(), "test-" + programme.getId(), "curator-school3"));

		JsonNode order = api.body(api.call("director-school3", HttpMethod.GET, "/api/orders/" + drafted.getId(), null),
				HttpStatus.OK);
		assertThat(order.get("id").asLong()).isEqualTo(drafted.getId());
		assertThat(order.get("kind").asText()).isEqualTo("PAIRING");
		assertThat(order.get("kindTitle").asText()).isEqualTo("О закреплении наставнических пар (групп)");
		assertThat(order.get("number").asText()).isEqualTo(drafted.getNumber()).contains("-НП/");
		assertThat(order.get("version").asInt()).isEqualTo(1);
		assertThat(order.get("status").asText()).isEqualTo("DRAFT");
		assertThat(order.get("statusTitle").asText()).isEqualTo("проект на утверждении у руководителя");
		assertThat(order.get("orderDate").asText()).isEqualTo(drafted.getOrderDate().toString());
		assertThat(order.get("draftedBy").asText()).isEqualTo("curator-school3");
		assertThat(order.path("draftedAt").textValue()).isNotBlank();
		assertThat(order.path("decidedBy").textValue()).isNull();
		assertThat(order.get("programmeId").asLong()).isEqualTo(programme.getId());
		assertThat(order.get("versions")).singleElement()
			.satisfies(version -> assertThat(version.get("id").asLong()).isEqualTo(drafted.getId()));
		assertThat(api.body(api.call("auditor", HttpMethod.GET, "/api/programmes/" + programme.getId() + "/orders",
				null), HttpStatus.OK)).isEqualTo(order.get("versions"));

		ResponseEntity<byte[]> pdf = rest.withBasicAuth("curator-school3", "demo")
			.getForEntity("/api/orders/" + drafted.getId() + "/pdf", byte[].class);
		assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
		ContentDisposition disposition = pdf.getHeaders().getContentDisposition();
		assertThat(disposition.isInline()).isTrue();
		assertThat(disposition.getFilename())
			.isEqualTo("order-" + drafted.getNumber().replace('/', '-') + "-v1.pdf");
		assertThat(PrintedPdf.read(pdf.getBody()).text()).contains("Волков Никита Андреевич",
				"Козлов Андрей Викторович");

		// while the director decides, the pairs do not change
		assertThat(api.problem(matching("workgroup-school3", HttpMethod.POST, "", null), HttpStatus.CONFLICT)
			.get("detail").asText()).contains("на утверждении у руководителя");

		for (String path : List.of("/api/orders/" + drafted.getId(), "/api/orders/" + drafted.getId() + "/pdf",
				"/api/programmes/" + programme.getId() + "/orders")) {
			api.problem(api.call("curator-kindergarten", HttpMethod.GET, path, null), HttpStatus.NOT_FOUND);
			api.problem(api.call("psychologist-school3", HttpMethod.GET, path, null), HttpStatus.FORBIDDEN);
		}
		api.problem(api.call("curator-school3", HttpMethod.GET, "/api/orders/999999", null), HttpStatus.NOT_FOUND);
		// approved by the director: the pair is in effect and is ended early through the API
		transaction.executeWithoutResult(status -> {
			Programme current = programmes.findById(programme.getId()).orElseThrow();
			activation.fix(current, drafting.decide(current, drafted.getId(),
					Approval.approved("director-school3", java.time.Instant.now())))
				.forEach(pairId -> activation.startWork(current, pairId));
		});
		JsonNode approved = api.body(api.call("auditor", HttpMethod.GET, "/api/orders/" + drafted.getId(), null),
				HttpStatus.OK);
		assertThat(approved.get("statusTitle").asText()).isEqualTo("утверждён");
		assertThat(approved.get("decidedBy").asText()).isEqualTo("director-school3");
		JsonNode inEffect = proposal();
		assertThat(inEffect.at("/pairs/0/status").asText()).isEqualTo("ACTIVE");
		long pairInEffect = inEffect.at("/pairs/0/id").asLong();
		JsonNode ended = api.body(matching("curator-school3", HttpMethod.POST, "/pairs/" + pairInEffect + "/end",
				"{\"reason\": \"Наставник переехал\"}"), HttpStatus.OK);
		assertThat(ended.get("pairs")).noneSatisfy(pair -> assertThat(pair.get("id").asLong()).isEqualTo(pairInEffect))
			.allSatisfy(pair -> assertThat(pair.get("status").asText()).isEqualTo("PROPOSED"));
		// the mentee is back in the matching: the re-pairing proposes anew in its job, nothing is in effect
		stageOne.runAsyncSteps(org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery()
			.processInstanceBusinessKey("re-pairing-" + programme.getId()).singleResult().getId());
		assertThat(jdbc.queryForObject("select count(*) from matching_run where programme_id = ?", Long.class,
				programme.getId())).as("the API's run and the re-pairing's").isEqualTo(2);
		assertThat(proposal().get("pairs"))
			.noneSatisfy(pair -> assertThat(pair.get("id").asLong()).isEqualTo(pairInEffect))
			.allSatisfy(pair -> assertThat(pair.get("status").asText()).isEqualTo("PROPOSED"));
	}
}
