package ru.nastavnik.monitoring;

import java.util.Set;

import org.springframework.stereotype.Component;
import ru.nastavnik.problem.NotPermitted;
import ru.nastavnik.programme.Programme;
import ru.nastavnik.programme.ProgrammeManagement;
import ru.nastavnik.security.CurrentUser;
import ru.nastavnik.security.Role;

/**
 * Who reads a programme's monitoring: a person of its organisation (another organisation's programme answers as a
 * missing one) in a role that reads it. It holds counts and means only, so the municipal curator reads it too.
 */
@Component
class MonitoringAccess {

	static final Set<Role> READERS = Set.of(Role.CURATOR, Role.WORKING_GROUP, Role.DIRECTOR, Role.AUDITOR,
			Role.MUNICIPAL_CURATOR);

	private final ProgrammeManagement programmes;

	MonitoringAccess(ProgrammeManagement programmes) {
		this.programmes = programmes;
	}

	Programme programme(Long id, CurrentUser user) {
		Programme programme = programmes.get(id, user);
		require(user);
		return programme;
	}

	static void require(CurrentUser user) {
		if (READERS.stream().noneMatch(user::has)) {
			throw new NotPermitted("Мониторинг программы читают куратор, рабочая группа, руководитель, аудитор и "
					+ "муниципальный куратор");
		}
	}
}
