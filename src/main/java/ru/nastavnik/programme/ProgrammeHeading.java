package ru.nastavnik.programme;

/** A programme as a page's heading and breadcrumbs name it: its organisation and its academic year. */
public record ProgrammeHeading(Long id, String organisationName, String academicYear) {

	public static ProgrammeHeading of(Programme programme) {
		return new ProgrammeHeading(programme.getId(), programme.getOrganisation().getName(),
				programme.getAcademicYear());
	}
}
