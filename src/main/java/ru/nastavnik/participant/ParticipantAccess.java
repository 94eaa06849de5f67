package ru.nastavnik.participant;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
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

	static final Set<Role> WRITERS = Set.of(Role.CURATOR, Role.WORKING_GROUP, Role.ADMINISTRATION, Role.DIRECTOR);

	static final Set<Role> READERS = Set.of(Role.CURATOR, Role.WORKING_GROUP, Role.ADMINISTRATION, Role.DIRECTOR,
			Role.PSYCHOLOGIST);

	private final ProgrammeManagement programmes;

	private final Participants participants;

	ParticipantAccess(ProgrammeManagement programmes, Participants participants) {
		this.programmes = programmes;
		this.participants = participants;
	}

	public Programme programmeToWrite(Long programmeId, CurrentUser user) {
		Programme programme = programmes.get(programmeId, user);
		require(user, WRITERS);
		return programme;
	}

	Programme programmeToRead(Long programmeId, CurrentUser user) {
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

	void require(CurrentUser user, Set<Role> roles) {
		if (roles.stream().noneMatch(user::has)) {
			throw new NotPermitted("Вашей роли недоступны персональные данные участников программы");
		}
	}
}
