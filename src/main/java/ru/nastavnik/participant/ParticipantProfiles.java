package ru.nastavnik.participant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the pairing may read of the people in a programme's bases: each mentee with their questionnaire, each mentor
 * with theirs. Only people whose consent to processing is valid today are given out: matching processes personal
 * data, and a person without a valid consent is not processed.
 */
@Service
public class ParticipantProfiles {

	/** A mentee in the base with the questionnaire the matching reads. */
	public record MenteeProfile(Participant participant, MenteeQuestionnaire questionnaire) {

		public Long id() {
			return participant.getId();
		}
	}

	/** A mentor in the base with the questionnaire the matching reads. */
	public record MentorProfile(Participant participant, MentorQuestionnaire questionnaire) {

		public Long id() {
			return participant.getId();
		}

		/** Admitted: interviewed with «допущен», or not interviewed with a negative outcome. */
		public boolean admitted() {
			return !Boolean.FALSE.equals(participant.getInterviewOutcome());
		}
	}

	private final Participants participants;

	private final MenteeQuestionnaires menteeQuestionnaires;

	private final MentorQuestionnaires mentorQuestionnaires;

	private final ParticipantConsents consents;

	private final Clock clock;

	ParticipantProfiles(Participants participants, MenteeQuestionnaires menteeQuestionnaires,
			MentorQuestionnaires mentorQuestionnaires, ParticipantConsents consents, Clock clock) {
		this.participants = participants;
		this.menteeQuestionnaires = menteeQuestionnaires;
		this.mentorQuestionnaires = mentorQuestionnaires;
		this.consents = consents;
		this.clock = clock;
	}

	/** The programme's mentees in the base, with a valid consent, in the order they were added. */
	@Transactional(readOnly = true)
	public List<MenteeProfile> mentees(Long programmeId) {
		List<Participant> inBase = inBase(programmeId, ParticipantRole.MENTEE);
		Map<Long, MenteeQuestionnaire> questionnaires = menteeQuestionnaires.findAllById(ids(inBase)).stream()
			.collect(Collectors.toMap(MenteeQuestionnaire::getParticipantId, Function.identity()));
		return inBase.stream().filter(participant -> questionnaires.containsKey(participant.getId()))
			.map(participant -> new MenteeProfile(participant, questionnaires.get(participant.getId())))
			.toList();
	}

	/** The programme's mentors in the base, with a valid consent, in the order they were added. */
	@Transactional(readOnly = true)
	public List<MentorProfile> mentors(Long programmeId) {
		List<Participant> inBase = inBase(programmeId, ParticipantRole.MENTOR);
		Map<Long, MentorQuestionnaire> questionnaires = mentorQuestionnaires.findAllById(ids(inBase)).stream()
			.collect(Collectors.toMap(MentorQuestionnaire::getParticipantId, Function.identity()));
		return inBase.stream().filter(participant -> questionnaires.containsKey(participant.getId()))
			.map(participant -> new MentorProfile(participant, questionnaires.get(participant.getId())))
			.toList();
	}

	/**
	 * The programme's participants in the bases (either role) whose consent to processing is valid today, in the order
	 * they were added: two queries, however many people.
	 */
	@Transactional(readOnly = true)
	public List<Participant> inBase(Long programmeId) {
		List<Participant> inBase = participants.findByProgrammeIdOrderById(programmeId).stream()
			.filter(participant -> participant.getStatus() == ParticipantStatus.IN_BASE)
			.toList();
		if (inBase.isEmpty()) {
			return inBase;
		}
		Set<Long> consented = consents.processingAllowed(ids(inBase), LocalDate.now(clock));
		return inBase.stream().filter(participant -> consented.contains(participant.getId())).toList();
	}

	private List<Participant> inBase(Long programmeId, ParticipantRole role) {
		return inBase(programmeId).stream().filter(participant -> participant.getRole() == role).toList();
	}

	private static List<Long> ids(Collection<Participant> participants) {
		return participants.stream().map(Participant::getId).toList();
	}
}
