package ru.nastavnik.programme;

import java.time.LocalDate;

/**
 * A programme as the list shows it, with its organisation's name: one row read by one query, no entities (the list of
 * a municipality runs to a thousand programmes).
 */
public record ProgrammeSummary(Long id, Long organisationId, String organisationName, String academicYear,
		LocalDate startsOn, ProgrammeAudience audience, String curatorLogin, String processInstanceId) {

	static ProgrammeSummary of(Programme programme) {
		return new ProgrammeSummary(programme.getId(), programme.getOrganisation().getId(),
				programme.getOrganisation().getName(), programme.getAcademicYear(), programme.getStartsOn(),
				programme.getAudience(), programme.getCuratorLogin(), programme.getProcessInstanceId());
	}
}
