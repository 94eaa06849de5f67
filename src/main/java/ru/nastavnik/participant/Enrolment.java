package ru.nastavnik.participant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.participant.ParticipantInput.MenteeAnswers;
import ru.nastavnik.participant.ParticipantInput.MentorAnswers;
import ru.nastavnik.participant.ParticipantInput.NewParticipant;
import ru.nastavnik.participant.ParticipantInput.ReceivedConsent;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeAudience;
import ru.nastavnik.programme.ProgrammeProcess;
import ru.nastavnik.programme.RoadmapPlan;
import ru.nastavnik.web.BusinessRuleException;

/**
 * Brings a person into a programme, whichever way they come, and starts their {@code participant-enrolment}: the
 * consent comes first, the questionnaire next, then the working group's decision on the base.
 */
@Service
public class Enrolment {

	static final int ADULT_AGE = 18;

	private final People people;

	private final Participants participants;

	private final ConsentRegister consents;

	private final QuestionnaireRegister questionnaires;

	private final RuntimeService runtime;

	private final RoadmapPlan plan;

	private final Clock clock;

	Enrolment(People people, Participants participants, ConsentRegister consents,
			QuestionnaireRegister questionnaires, RuntimeService runtime, RoadmapPlan plan, Clock clock) {
		this.people = people;
		this.participants = participants;
		this.consents = consents;
		this.questionnaires = questionnaires;
		this.runtime = runtime;
		this.plan = plan;
		this.clock = clock;
	}

	/** Under 18 on the programme's start date; a person whose 18th birthday is that day is an adult. */
	static boolean minorOn(LocalDate birthDate, LocalDate startsOn) {
		return birthDate.plusYears(ADULT_AGE).isAfter(startsOn);
	}

	/** The curator or an import adds a person; their enrolment waits for the consent. */
	@Transactional
	public Participant enrol(Programme programme, NewParticipant input, ParticipantSource source, String by) {
		Participant participant = create(programme, input, source, by);
		start(participant, false, false);
		return participant;
	}

	/** A list imported at once: every row or none. */
	@Transactional
	public List<Participant> enrolAll(Programme programme, List<NewParticipant> inputs, String by) {
		return inputs.stream().map(input -> enrol(programme, input, ParticipantSource.IMPORT, by)).toList();
	}

	/**
	 * A person comes with their questionnaire. It is accepted only together with the written consent already
	 * received: nothing beyond the consent request is processed without it.
	 */
	@Transactional
	public Participant enrolWithQuestionnaire(Programme programme, NewParticipant input, ReceivedConsent consent,
			MenteeAnswers mentee, MentorAnswers mentor, String by) {
		if (consent == null) {
			throw new BusinessRuleException(HttpStatus.UNPROCESSABLE_ENTITY, "Анкета принимается только вместе с "
					+ "письменным согласием на обработку персональных данных: укажите, когда и под каким номером "
					+ "оно получено (consent)");
		}
		Participant participant = create(programme, input, ParticipantSource.QUESTIONNAIRE, by);
		consents.record(participant, ConsentPurpose.PROCESSING, consent, by);
		questionnaires.submit(participant, mentee, mentor, by);
		start(participant, true, true);
		return participant;
	}

	private Participant create(Programme programme, NewParticipant input, ParticipantSource source, String by) {
		LocalDate startsOn = programme.getStartsOn();
		if (input.birthDate().isAfter(LocalDate.now(clock))) {
			throw new BusinessRuleException(HttpStatus.UNPROCESSABLE_ENTITY, "Дата рождения не может быть в будущем");
		}
		boolean minor = minorOn(input.birthDate(), startsOn);
		if (minor && (input.representative() == null || input.representative().fullName() == null
				|| input.representative().fullName().isBlank())) {
			throw new BusinessRuleException(HttpStatus.UNPROCESSABLE_ENTITY, "Участник несовершеннолетний на дату "
					+ "начала программы: укажите законного представителя, согласие даёт он");
		}
		String fullName = input.fullName().strip().replaceAll("\\s+", " ");
		if (participants.enrolled(programme.getId(), Person.nameKey(fullName), input.birthDate())) {
			throw new BusinessRuleException(HttpStatus.CONFLICT,
					"Участник с такими ФИО и датой рождения уже есть в программе");
		}
		Long organisationId = programme.getOrganisation().getId();
		Person person = people.save(new Person(organisationId, fullName, input.birthDate(), input.email(),
				input.phone()));
		Person representative = minor ? people.save(new Person(organisationId,
				input.representative().fullName().strip(), null, input.representative().email(),
				input.representative().phone())) : null;
		return participants.save(new Participant(programme, person, representative, input.role(),
				input.classOrPosition(), minor, source, by, clock.instant()));
	}

	private void start(Participant participant, boolean consentGiven, boolean questionnaireGiven) {
		Programme programme = participant.getProgramme();
		Map<String, Object> variables = new HashMap<>();
		variables.put(EnrolmentProcess.Var.PARTICIPANT_ID, participant.getId());
		variables.put(ProgrammeProcess.Var.PROGRAMME_ID, programme.getId());
		variables.put(ProgrammeProcess.Var.ORGANISATION_ID, programme.getOrganisation().getId());
		variables.put(ProgrammeProcess.Var.AUDIENCE, programme.getAudience().name());
		variables.put(EnrolmentProcess.Var.ROLE, participant.getRole().name());
		variables.put(EnrolmentProcess.Var.MINOR, participant.isMinor());
		variables.put(EnrolmentProcess.Var.PARTICIPANT_NAME, participant.displayName());
		variables.put(EnrolmentProcess.Var.CONSENT_SIGNER, participant.isMinor()
				? "законный представитель: " + participant.getRepresentative().getFullName()
				: "сам участник (совершеннолетний)");
		variables.put(EnrolmentProcess.Var.CONSENT_GIVEN, consentGiven);
		variables.put(EnrolmentProcess.Var.QUESTIONNAIRE_GIVEN, questionnaireGiven);
		variables.put(EnrolmentProcess.Var.THIRD_PARTY_INFORMATION, participant.getRole() == ParticipantRole.MENTEE
				&& programme.getAudience() == ProgrammeAudience.PUPILS
				&& plan.includes(programme.getId(), ProgrammeProcess.COLLECT_THIRD_PARTY_INFORMATION));
		questionnaires.mentee(participant.getId())
			.ifPresent(answers -> variables.put(EnrolmentProcess.Var.MENTEE_CATEGORY, answers.getCategory().name()));
		participant.moveTo(consentGiven
				? questionnaireGiven ? ParticipantStatus.UNDER_REVIEW : ParticipantStatus.AWAITING_QUESTIONNAIRE
				: ParticipantStatus.AWAITING_CONSENT);
		String processInstanceId = runtime.startProcessInstanceByKey(EnrolmentProcess.KEY,
				"participant-" + participant.getId(), variables).getId();
		participant.attachProcess(processInstanceId);
	}
}
