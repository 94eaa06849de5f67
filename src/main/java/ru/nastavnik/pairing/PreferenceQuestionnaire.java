package ru.nastavnik.pairing;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.ParticipantRole;
import ru.nastavnik.participant.Participants;
import ru.nastavnik.programme.ProgrammeProcess;
import ru.nastavnik.training.MentorTraining;

/**
 * The preference questionnaire of roadmap step 17: who is asked — the group meeting's attendees in the bases with a
 * valid consent, one task each ({@code ${preferenceRespondents.of(execution)}}) — and whom each may rank: a mentee the
 * mentors the matching may offer (admitted, trained, with a consent), a mentor the mentees in the base with a consent.
 */
@Component("preferenceRespondents")
public class PreferenceQuestionnaire {

	public static final String FIRST_CHOICE = "firstChoice";

	public static final String SECOND_CHOICE = "secondChoice";

	public static final String THIRD_CHOICE = "thirdChoice";

	/** Shown: the people the three selects offer (the form's {@code valuesKey}). */
	public static final String OPTIONS = "preferenceOptions";

	/** Shown: whose questionnaire the task is, for the form's text. */
	public static final String RESPONDENT_NAME = "respondentName";

	/** Shown: the question the respondent answers. */
	public static final String QUESTION = "preferenceQuestion";

	static final List<String> CHOICES = List.of(FIRST_CHOICE, SECOND_CHOICE, THIRD_CHOICE);

	private final MentorTraining training;

	private final Participants participants;

	PreferenceQuestionnaire(MentorTraining training, Participants participants) {
		this.training = training;
		this.participants = participants;
	}

	/** The respondents' participant ids, the collection of the multi-instance task. */
	public List<Long> of(VariableScope execution) {
		return respondents(programmeId(execution)).stream().map(Participant::getId).toList();
	}

	List<Participant> respondents(Long programmeId) {
		Set<Long> attended = training.groupMeetingAttendeeIds(programmeId);
		return training.inBaseWithConsent(programmeId).stream()
			.filter(participant -> attended.contains(participant.getId()))
			.toList();
	}

	/** The task's respondent, when they are one of the programme's respondents now. */
	Optional<Participant> respondent(VariableScope task) {
		return respondent(ProgrammeProcess.Var.RESPONDENT_ID.from(task), programmeId(task));
	}

	/** The respondent, when a participant of the programme. */
	Optional<Participant> respondent(Long respondentId, Long programmeId) {
		return respondentId == null || programmeId == null ? Optional.empty() : participants.findById(respondentId)
			.filter(participant -> participant.getProgramme().getId().equals(programmeId));
	}

	/** Whom the respondent may rank: the other side. */
	List<Participant> options(Participant respondent) {
		Long programmeId = respondent.getProgramme().getId();
		return respondent.getRole() == ParticipantRole.MENTEE ? training.mentorsForMatching(programmeId)
				: training.inBaseWithConsent(programmeId).stream()
					.filter(participant -> participant.getRole() == ParticipantRole.MENTEE)
					.toList();
	}

	static String question(Participant respondent) {
		return respondent.getRole() == ParticipantRole.MENTEE
				? "Кого из наставников вы хотели бы видеть своим наставником? Укажите до трёх человек по порядку предпочтения."
				: "С кем из наставляемых вы хотели бы работать? Укажите до трёх человек по порядку предпочтения.";
	}

	private static Long programmeId(VariableScope scope) {
		return ProgrammeProcess.Var.PROGRAMME_ID.requiredFrom(scope);
	}
}
