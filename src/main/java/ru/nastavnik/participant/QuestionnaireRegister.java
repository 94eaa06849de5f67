package ru.nastavnik.participant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.participant.ParticipantInput.MenteeAnswers;
import ru.nastavnik.participant.ParticipantInput.MentorAnswers;
import ru.nastavnik.participant.ParticipantInput.StaffAgreement;
import ru.nastavnik.problem.RuleViolation;
import ru.nastavnik.problem.StateConflict;

/**
 * The questionnaires of mentees and mentors. A parent mentor names their children among the programme's mentees; a
 * staff mentor's consent and contract addendum (ТК ст. 351.8) come with it.
 */
@Service
class QuestionnaireRegister {

	static final int MAX_MENTEES = 10;

	private final MenteeQuestionnaires mentees;

	private final MentorQuestionnaires mentors;

	private final StaffMentorAgreements staffAgreements;

	private final Participants participants;

	private final ParticipantConsents consents;

	private final Clock clock;

	QuestionnaireRegister(MenteeQuestionnaires mentees, MentorQuestionnaires mentors,
			StaffMentorAgreements staffAgreements, Participants participants, ParticipantConsents consents, Clock clock) {
		this.consents = consents;
		this.mentees = mentees;
		this.mentors = mentors;
		this.staffAgreements = staffAgreements;
		this.participants = participants;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void submit(Participant participant, MenteeAnswers mentee, MentorAnswers mentor, String by) {
		consents.requireProcessingAllowed(participant);
		if (mentees.existsById(participant.getId()) || mentors.existsById(participant.getId())) {
			throw new StateConflict("Анкета участника уже заполнена");
		}
		if (participant.getRole() == ParticipantRole.MENTEE) {
			submitMentee(participant, mentee, by);
		}
		else {
			submitMentor(participant, mentor, by);
		}
		participant.questionnaireSubmitted();
	}

	private void submitMentee(Participant participant, MenteeAnswers answers, String by) {
		List<String> problems = new ArrayList<>();
		if (answers == null || answers.category() == null) {
			throw rejected(List.of("Укажите категорию наставляемого"));
		}
		if (blank(answers.requests())) {
			problems.add("Опишите запросы наставляемого: с чем нужна помощь наставника");
		}
		checkLength(problems, answers.requests(), "Запросы", 2000);
		checkLength(problems, answers.interests(), "Интересы", 2000);
		if (!problems.isEmpty()) {
			throw rejected(problems);
		}
		mentees.save(new MenteeQuestionnaire(participant.getId(), answers.category(), answers.requests().strip(),
				strip(answers.interests()), by, clock.instant()));
	}

	private void submitMentor(Participant participant, MentorAnswers answers, String by) {
		if (answers == null || answers.mentorType() == null) {
			throw rejected(List.of("Укажите, кем является наставник"));
		}
		List<String> problems = new ArrayList<>();
		if (blank(answers.competences())) {
			problems.add("Перечислите компетенции наставника");
		}
		if (blank(answers.experience())) {
			problems.add("Опишите опыт наставника");
		}
		checkLength(problems, answers.competences(), "Компетенции", 2000);
		checkLength(problems, answers.experience(), "Опыт", 2000);
		if (answers.maxMentees() < 1 || answers.maxMentees() > MAX_MENTEES) {
			problems.add("Наибольшее число наставляемых — от 1 до " + MAX_MENTEES);
		}
		Set<Long> children = children(participant, answers, problems);
		StaffAgreement staff = answers.staffAgreement();
		if (answers.mentorType() == MentorType.STAFF) {
			checkStaffAgreement(staff, problems);
		}
		if (!problems.isEmpty()) {
			throw rejected(problems);
		}
		mentors.save(new MentorQuestionnaire(participant.getId(), answers.mentorType(), answers.competences().strip(),
				answers.experience().strip(), answers.maxMentees(), children, by, clock.instant()));
		if (answers.mentorType() == MentorType.STAFF) {
			staffAgreements.save(new StaffMentorAgreement(participant.getId(), staff.consentReference().strip(),
					staff.consentDate(), staff.addendumNumber().strip(), staff.addendumDate(), by, clock.instant()));
		}
	}

	/** The children a parent names must be mentees of the same programme. */
	private Set<Long> children(Participant mentor, MentorAnswers answers, List<String> problems) {
		Set<Long> children = new HashSet<>();
		Set<Long> named = answers.childParticipantIds() == null ? Set.of() : answers.childParticipantIds();
		if (!named.isEmpty() && answers.mentorType() != MentorType.PARENT) {
			problems.add("Детей указывает только наставник-родитель");
			return children;
		}
		for (Long childId : named) {
			Optional<Participant> child = participants.findById(childId)
				.filter(found -> found.getProgramme().getId().equals(mentor.getProgramme().getId()))
				.filter(found -> found.getRole() == ParticipantRole.MENTEE);
			if (child.isEmpty()) {
				problems.add("Участник № " + childId + " не найден среди наставляемых этой программы");
			}
			else {
				children.add(childId);
			}
		}
		return children;
	}

	private void checkStaffAgreement(StaffAgreement staff, List<String> problems) {
		if (staff == null || blank(staff.consentReference()) || staff.consentDate() == null
				|| blank(staff.addendumNumber()) || staff.addendumDate() == null) {
			problems.add("Наставник — работник организации: укажите его письменное согласие на наставничество "
					+ "(номер и дату) и дополнительное соглашение к трудовому договору (номер и дату), ТК РФ ст. 351.8");
			return;
		}
		LocalDate today = LocalDate.now(clock);
		if (staff.consentDate().isAfter(today) || staff.addendumDate().isAfter(today)) {
			problems.add("Даты согласия работника и дополнительного соглашения не могут быть позже сегодняшней");
		}
	}

	public Optional<MenteeQuestionnaire> mentee(Long participantId) {
		return mentees.findById(participantId);
	}

	public Optional<MentorQuestionnaire> mentor(Long participantId) {
		return mentors.findById(participantId);
	}

	public Optional<StaffMentorAgreement> staffAgreement(Long participantId) {
		return staffAgreements.findById(participantId);
	}

	private static RuleViolation rejected(List<String> problems) {
		return new RuleViolation(String.join("; ", problems));
	}

	private static void checkLength(List<String> problems, String value, String label, int max) {
		if (value != null && value.strip().length() > max) {
			problems.add("Поле «" + label + "»: не длиннее " + max + " символов");
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String strip(String value) {
		return blank(value) ? null : value.strip();
	}
}
