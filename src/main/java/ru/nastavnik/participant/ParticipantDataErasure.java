package ru.nastavnik.participant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases what identifies a participant in their own records once processing has stopped (152-ФЗ ст. 21): the person
 * and their legal representative, the links of a parent mentor to their children, the staff mentor's agreement, the
 * free text of questionnaires, third-party information and evaluations, and what people wrote on the tasks of the
 * participant's processes. Counts and scores stay, so the programme's statistics do not change. The consent
 * capability calls this within the revocation and draws up the act.
 */
@Service
public class ParticipantDataErasure {

	/** What stands where an erased text was, in records that stay. */
	public static final String MASK = ProcessNotesErasure.MASK;

	private final Participants participants;

	private final MenteeQuestionnaires mentees;

	private final MentorQuestionnaires mentors;

	private final ThirdPartyInformations thirdParty;

	private final Evaluations evaluations;

	private final AccessLogEntries accessLog;

	private final ProcessNotesErasure processNotes;

	private final JdbcTemplate jdbc;

	ParticipantDataErasure(Participants participants, MenteeQuestionnaires mentees, MentorQuestionnaires mentors,
			ThirdPartyInformations thirdParty, Evaluations evaluations, AccessLogEntries accessLog,
			ProcessNotesErasure processNotes, JdbcTemplate jdbc) {
		this.participants = participants;
		this.mentees = mentees;
		this.mentors = mentors;
		this.thirdParty = thirdParty;
		this.evaluations = evaluations;
		this.accessLog = accessLog;
		this.processNotes = processNotes;
		this.jdbc = jdbc;
	}

	/** What was erased: how many records, and whether the legal representative's data were among them. */
	public record Erased(int records, boolean representative) {
	}

	/** One event the system recorded about the participant: never their data, only what happened. */
	public record LoggedEvent(Instant at, String actor, String action) {
	}

	/** The participant's own events, by date: their inclusion, every read of their record, their withdrawal. */
	public List<LoggedEvent> events(Participant participant) {
		List<LoggedEvent> events = new ArrayList<>();
		events.add(new LoggedEvent(participant.getAddedAt(), participant.getAddedBy(),
				"Участник включён в программу (" + participant.getSource().title() + ")"));
		for (AccessLogEntry entry : accessLog.findByParticipantIdOrderById(participant.getId())) {
			events.add(new LoggedEvent(entry.getAccessedAt(), entry.getLogin(), "Просмотр записи ("
					+ entry.channelTitle() + ", " + entry.resultTitle() + ")"));
		}
		if (participant.getWithdrawnAt() != null) {
			events.add(new LoggedEvent(participant.getWithdrawnAt(), "система",
					"Обработка прекращена, участник исключён из баз"));
		}
		return events;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public Erased erase(Participant participant, Instant now) {
		int erased = 1;
		participant.getPerson().erase(now);
		Person representative = participant.getRepresentative();
		// each participant's legal representative is a person of their own, recorded with them
		boolean representativeErased = representative != null && !representative.isErased();
		if (representativeErased) {
			representative.erase(now);
			erased++;
		}
		erased += jdbc.update("delete from mentor_child where mentor_id = ? or child_id = ?", participant.getId(),
				participant.getId());
		erased += jdbc.update("delete from staff_mentor_agreement where participant_id = ?", participant.getId());
		erased += mentees.findById(participant.getId()).map(answers -> {
			answers.erase();
			return 1;
		}).orElse(0);
		erased += mentors.findById(participant.getId()).map(answers -> {
			answers.erase();
			return 1;
		}).orElse(0);
		for (ThirdPartyInformation information : thirdParty.findByParticipantIdOrderById(participant.getId())) {
			information.erase();
			erased++;
		}
		for (Evaluation evaluation : evaluations.findByParticipantIdOrderById(participant.getId())) {
			evaluation.erase();
			erased++;
		}
		participants.flush();
		erased += processNotes.erase(participant.getId());
		return new Erased(erased, representativeErased);
	}
}
