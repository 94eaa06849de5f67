package ru.nastavnik.programme;

import java.util.Optional;

import ru.nastavnik.security.CurrentUser;

/**
 * A capability's page about a programme, linked from the programme's page when there is something to see there (the
 * table of proposed pairs once the pairs are matched). The capability decides whether the person's role reads it; the
 * programme does not depend on the capability.
 */
public interface ProgrammeWorkPage {

	/** Where the link stands on the programme's page: lower first. */
	int order();

	/** The link for this person, or nothing when the page has nothing for them yet. */
	Optional<Link> link(Programme programme, CurrentUser user);

	/**
	 * @param title what the page is («Предложенные пары»)
	 * @param href its address in the application
	 * @param description what a person finds and does there
	 */
	record Link(String title, String href, String description) {
	}
}
