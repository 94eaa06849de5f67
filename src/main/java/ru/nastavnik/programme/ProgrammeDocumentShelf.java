package ru.nastavnik.programme;

import java.util.List;

import ru.nastavnik.security.CurrentUser;

/**
 * A capability's documents of a programme, for the programme's page of documents: each capability that makes
 * documents (the regulation and the roadmap here, the orders on pairs, the acts of erasure) keeps its own shelf and
 * shows the person only what their role may read.
 */
public interface ProgrammeDocumentShelf {

	/** Where the shelf stands on the page: lower first. */
	int order();

	/** The shelf's documents of the programme the person may read, the latest first within each document. */
	List<Entry> documents(Programme programme, CurrentUser user);

	/**
	 * One document or one version of it.
	 *
	 * @param group what the document is («Положение о наставничестве», «Приказ о закреплении пар»)
	 * @param title its number or reference and version
	 * @param made who made it and when
	 * @param decision who decided what and when, with the comment; {@code null} when nobody decides on it
	 * @param link where to read it, or {@code null}
	 */
	record Entry(String group, String title, String made, String decision, String link) {
	}
}
