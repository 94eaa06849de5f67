package ru.nastavnik.training;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.participant.ParticipantConsents;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.ParticipantProfiles;
import ru.nastavnik.participant.ParticipantRole;
import ru.nastavnik.participant.ParticipantStatus;
import ru.nastavnik.participant.Participants;

/**
 * Who stage IV offers and who took part: mentors to train, people for the group meeting, mentors trained. Anyone
 * offered is in a base with a valid consent to processing — an attendance list of a minor is personal data.
 */
@Service
@Transactional(readOnly = true)
public class MentorTraining {

	private final Participants participants;

	private final ProgrammeEvents events;

	private final ParticipantConsents consents;

	private final ParticipantProfiles profiles;

	MentorTraining(Participants participants, ProgrammeEvents events, ParticipantConsents consents,
			ParticipantProfiles profiles) {
		this.profiles = profiles;
		this.participants = participants;
		this.events = events;
		this.consents = consents;
	}

	/** Mentors (role MENTOR) who attended at least one held training of mentors of the programme. */
	public Set<Long> trainedMentorIds(Long programmeId) {
		Set<Long> attended = attendeeIds(programmeId, ProgrammeEventKind.TRAINING);
		return participants.findByProgrammeIdOrderById(programmeId).stream()
			.filter(participant -> participant.getRole() == ParticipantRole.MENTOR)
			.map(Participant::getId)
			.filter(attended::contains)
			.collect(Collectors.toUnmodifiableSet());
	}

	/** Participants who attended a held group meeting of mentors and mentees of the programme. */
	public Set<Long> groupMeetingAttendeeIds(Long programmeId) {
		return attendeeIds(programmeId, ProgrammeEventKind.GROUP_MEETING);
	}

	/** Mentors a training may list: in the mentor base, not refused at the interview, with a valid consent. */
	public List<Participant> mentorsToTrain(Long programmeId) {
		return inBaseWithConsent(programmeId).stream()
			.filter(participant -> participant.getRole() == ParticipantRole.MENTOR)
			.filter(participant -> !Boolean.FALSE.equals(participant.getInterviewOutcome()))
			.toList();
	}

	/** Mentors the matching may offer a mentee: admitted, with a valid consent and trained. */
	public List<Participant> mentorsForMatching(Long programmeId) {
		Set<Long> trained = trainedMentorIds(programmeId);
		return mentorsToTrain(programmeId).stream().filter(mentor -> trained.contains(mentor.getId())).toList();
	}

	/** Mentors and mentees the group meeting may list: in the bases, with a valid consent. */
	public List<Participant> groupMeetingCandidates(Long programmeId) {
		return inBaseWithConsent(programmeId);
	}

	/** The programme's participants in the bases whose consent to processing is valid today. */
	public List<Participant> inBaseWithConsent(Long programmeId) {
		return profiles.inBase(programmeId);
	}

	public boolean consented(Participant participant) {
		return participant.getStatus() != ParticipantStatus.WITHDRAWN
				&& consents.processingAllowed(participant);
	}

	private Set<Long> attendeeIds(Long programmeId, ProgrammeEventKind kind) {
		return events.findByProgrammeIdAndKindOrderById(programmeId, kind).stream()
			.filter(ProgrammeEvent::isHeld)
			.flatMap(event -> event.getAttendeeIds().stream())
			.filter(Objects::nonNull)
			.collect(Collectors.toUnmodifiableSet());
	}
}
