package ru.nastavnik.participant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.notification.Outbox;
import ru.nastavnik.participant.ParticipantInput.MenteeAnswers;
import ru.nastavnik.participant.ParticipantInput.MentorAnswers;
import ru.nastavnik.participant.ParticipantInput.NewParticipant;
import ru.nastavnik.participant.ParticipantInput.ReceivedConsent;
import ru.nastavnik.problem.RuleViolation;
import ru.nastavnik.problem.StateConflict;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeProcess;
import ru.nastavnik.security.Role;

/**
 * Brings a person into a programme, whichever way they come, and starts their {@code participant-enrolment}: the
 * consent comes first, the questionnaire next, then the working group's decision on the base.
 */
@Service
public class Enrolment {

	static final int ADULT_AGE = 18;

	static final int IMPORT_CHUNK = 250;

	/** The groups of roadmap steps 5 and 6, who collect questionnaires and consents. */
	static final List<Role> RESPONSIBLE = List.of(Role.ADMINISTRATION, Role.WORKING_GROUP);

	@PersistenceContext
	private EntityManager entityManager;

	private final People people;

	private final Participants participants;

	private final ParticipantConsents consents;

	private final QuestionnaireRegister questionnaires;

	private final RuntimeService runtime;

	private final ProcessParticipant processParticipant;

	private final Clock clock;

	private final Outbox outbox;

	private final String tasklistUrl;

	Enrolment(People people, Participants participants, ParticipantConsents consents,
			QuestionnaireRegister questionnaires, RuntimeService runtime, ProcessParticipant processParticipant,
			Clock clock, Outbox outbox, @Value("${nastavnik.tasklist-url}") String tasklistUrl) {
		this.processParticipant = processParticipant;
		this.outbox = outbox;
		this.tasklistUrl = tasklistUrl;
		this.people = people;
		this.participants = participants;
		this.consents = consents;
		this.questionnaires = questionnaires;
		this.runtime = runtime;
		this.clock = clock;
	}

	/** Under 18 on the programme's start date; a person whose 18th birthday is that day is an adult. */
	public static boolean minorOn(LocalDate birthDate, LocalDate startsOn) {
		return birthDate.plusYears(ADULT_AGE).isAfter(startsOn);
	}

	/** The curator or an import adds a person; their enrolment waits for the consent. */
	@Transactional
	public Participant enrol(Programme programme, NewParticipant input, ParticipantSource source, String by) {
		requireNew(programme, input);
		Participant participant = create(programme, input, source, by);
		start(participant, false, false, thirdPartyStepHeld(programme), null);
		tellResponsibleGroups(programme, 1, source);
		return participant;
	}

	/**
	 * A list imported at once, every row or none, its duplicates already checked against the programme. The rows
	 * are written in chunks and the persistence context is cleared after each, so a list of 10,000 people does not
	 * make every later query re-check every person already written. {@code progress} hears how many are written
	 * after each chunk (a page shows it while the import runs); they are kept only when the whole list is.
	 */
	@Transactional
	public int enrolAll(Programme programme, List<NewParticipant> inputs, String by, IntConsumer progress) {
		boolean thirdPartyStep = thirdPartyStepHeld(programme);
		for (int from = 0; from < inputs.size(); from += IMPORT_CHUNK) {
			int to = Math.min(from + IMPORT_CHUNK, inputs.size());
			for (NewParticipant input : inputs.subList(from, to)) {
				start(create(programme, input, ParticipantSource.IMPORT, by), false, false, thirdPartyStep, null);
			}
			entityManager.flush();
			entityManager.clear();
			progress.accept(to);
		}
		tellResponsibleGroups(programme, inputs.size(), ParticipantSource.IMPORT);
		return inputs.size();
	}

	/**
	 * A person comes with their questionnaire. It is accepted only together with the written consent already
	 * received: nothing beyond the consent request is processed without it.
	 */
	@Transactional
	public Participant enrolWithQuestionnaire(Programme programme, NewParticipant input, ReceivedConsent consent,
			MenteeAnswers mentee, MentorAnswers mentor, String by) {
		if (consent == null) {
			throw new RuleViolation("Анкета принимается только вместе с "
					+ "письменным согласием на обработку персональных данных: укажите, когда и под каким номером "
					+ "оно получено (consent)");
		}
		requireNew(programme, input);
		Participant participant = create(programme, input, ParticipantSource.QUESTIONNAIRE, by);
		consents.receiveProcessingConsent(participant, consent, by);
		questionnaires.submit(participant, mentee, mentor, by);
		start(participant, true, true, thirdPartyStepHeld(programme), mentee == null ? null : mentee.category());
		tellResponsibleGroups(programme, 1, ParticipantSource.QUESTIONNAIRE);
		return participant;
	}

	private Participant create(Programme programme, NewParticipant input, ParticipantSource source, String by) {
		LocalDate startsOn = programme.getStartsOn();
		if (input.birthDate().isAfter(LocalDate.now(clock))) {
			throw new RuleViolation("Дата рождения не может быть в будущем");
		}
		boolean minor = minorOn(input.birthDate(), startsOn);
		if (minor && (input.representative() == null || input.representative().fullName() == null
				|| input.representative().fullName().isBlank())) {
			throw new RuleViolation("Участник несовершеннолетний на дату "
					+ "начала программы: укажите законного представителя, согласие даёт он");
		}
		String fullName = input.fullName().strip().replaceAll("\\s+", " ");
		Long organisationId = programme.getOrganisation().getId();
		Person person = people.save(new Person(organisationId, fullName, input.birthDate(), input.email(),
				input.phone()));
		Person representative = minor ? people.save(new Person(organisationId,
				input.representative().fullName().strip(), null, input.representative().email(),
				input.representative().phone())) : null;
		return participants.save(new Participant(programme, person, representative, input.role(),
				input.classOrPosition(), minor, source, by, clock.instant()));
	}

	/**
	 * One message to the groups that work the enrolments, however many people came: the per-person tasks do not mail
	 * their hand-over (their model says {@code handOverMail = none}), or an import of a school would flood the group.
	 */
	private void tellResponsibleGroups(Programme programme, int count, ParticipantSource source) {
		outbox.postToOrganisationRoles(programme.getOrganisation().getTenantId(), RESPONSIBLE, "participants-added",
				Map.of("count", count, "source", source.title(), "tasklistUrl", tasklistUrl));
	}

	private void requireNew(Programme programme, NewParticipant input) {
		if (participants.enrolled(programme.getId(), Person.nameKey(input.fullName()), input.birthDate())) {
			throw new StateConflict("Участник с такими ФИО и датой рождения уже есть в программе");
		}
	}

	private boolean thirdPartyStepHeld(Programme programme) {
		return processParticipant.thirdPartyStepHeld(programme);
	}

	private void start(Participant participant, boolean consentGiven, boolean questionnaireGiven,
			boolean thirdPartyStep, MenteeCategory category) {
		Programme programme = participant.getProgramme();
		Map<String, Object> variables = new HashMap<>();
		EnrolmentProcess.Var.PARTICIPANT_ID.put(variables, participant.getId());
		ProgrammeProcess.Var.PROGRAMME_ID.put(variables, programme.getId());
		ProgrammeProcess.Var.ORGANISATION_ID.put(variables, programme.getOrganisation().getId());
		ProgrammeProcess.Var.AUDIENCE.put(variables, programme.getAudience());
		EnrolmentProcess.Var.ROLE.put(variables, participant.getRole());
		EnrolmentProcess.Var.MINOR.put(variables, participant.isMinor());
		EnrolmentProcess.Var.CONSENT_GIVEN.put(variables, consentGiven);
		EnrolmentProcess.Var.QUESTIONNAIRE_GIVEN.put(variables, questionnaireGiven);
		EnrolmentProcess.Var.THIRD_PARTY_INFORMATION.put(variables,
				participant.getRole() == ParticipantRole.MENTEE && thirdPartyStep);
		if (category != null) {
			EnrolmentProcess.Var.MENTEE_CATEGORY.put(variables, category);
		}
		participant.enrolWith(consentGiven, questionnaireGiven);
		String processInstanceId = runtime.startProcessInstanceByKey(EnrolmentProcess.KEY,
				ProcessParticipant.businessKey(participant.getId()), variables).getId();
		participant.attachProcess(processInstanceId);
	}
}
