package ru.nastavnik.participant;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.participant.AccessLogEntry.Channel;
import ru.nastavnik.participant.AccessLogEntry.Result;
import ru.nastavnik.problem.NotFound;
import ru.nastavnik.problem.NotPermitted;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeManagement;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.security.Role;

/**
 * Who may see and change participants' records: the people of the participant's own organisation who work the
 * programme. Another organisation's record answers exactly as a missing one. Auditors and the municipal curator see
 * statistics and acts, not persons.
 */
@Component
public class ParticipantAccess {

	static final Set<Role> WRITERS = Role.PERSON_WRITERS;

	static final Set<Role> READERS = Role.PERSON_READERS;

	private final ProgrammeManagement programmes;

	private final Participants participants;

	private final AccessLog accessLog;

	ParticipantAccess(ProgrammeManagement programmes, Participants participants, AccessLog accessLog) {
		this.programmes = programmes;
		this.participants = participants;
		this.accessLog = accessLog;
	}

	public Programme programmeToWrite(Long programmeId, CurrentUser user) {
		Programme programme = programmes.get(programmeId, user);
		require(user, WRITERS);
		return programme;
	}

	public Programme programmeToRead(Long programmeId, CurrentUser user) {
		Programme programme = programmes.get(programmeId, user);
		require(user, READERS);
		return programme;
	}

	@Transactional(readOnly = true)
	Participant participant(Long id, CurrentUser user) {
		return participants.findById(id)
			.filter(participant -> user.belongsTo(participant.tenantId()))
			.orElseThrow(() -> new NotFound("Участник " + id + " не найден"));
	}

	/** The participant whose record the person changes: of their organisation, and their role works the programme. */
	public Participant toWrite(Long id, CurrentUser user) {
		Participant participant = participant(id, user);
		require(user, WRITERS);
		return participant;
	}

	/**
	 * The participant whose record the person reads through the API: the read of a minor's record is logged, refused
	 * or not.
	 */
	public Participant toRead(Long id, CurrentUser user, HttpServletRequest request) {
		return toRead(id, user, request, Channel.API);
	}

	/** The same, read on a page of the workspace: logged as such. */
	public Participant toRead(Long id, CurrentUser user, HttpServletRequest request, Channel channel) {
		Participant participant;
		try {
			participant = participant(id, user);
		}
		catch (NotFound e) {
			participants.findById(id).ifPresent(found -> accessLog.read(found, user.login(), channel,
					AccessLog.resource(request), Result.DENIED));
			throw e;
		}
		try {
			require(user, READERS);
		}
		catch (RuntimeException e) {
			accessLog.read(participant, user.login(), channel, AccessLog.resource(request), Result.DENIED);
			throw e;
		}
		accessLog.read(participant, user.login(), channel, AccessLog.resource(request), Result.GRANTED);
		return participant;
	}

	void require(CurrentUser user, Set<Role> roles) {
		if (roles.stream().noneMatch(user::has)) {
			throw new NotPermitted("Вашей роли недоступны персональные данные участников программы");
		}
	}
}
