package ru.nastavnik.programme;

import java.time.LocalDate;

/** A programme as the list shows it, to a client of the API and on the workspace's pages alike. */
record ProgrammeView(Long id, Long organisationId, String organisationName, String academicYear,
		LocalDate startsOn, String audience, String audienceTitle, String stage, String status,
		String statusTitle, String curatorLogin, String processInstanceId, int overdueSteps, int percentDone) {
}
