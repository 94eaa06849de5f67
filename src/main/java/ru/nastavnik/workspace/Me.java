package ru.nastavnik.workspace;

import java.util.List;

/**
 * The signed-in person as every page's frame shows them: their name, roles and organisations, and which of the
 * Camunda webapps they may open, whether they add organisations, read participants' records, the erasure acts and
 * the organisation's partners, and whether they mentor as staff (their own pairs, «Мои пары»).
 */
public record Me(String login, String name, List<String> roles, List<String> organisations, boolean tasklist,
		boolean cockpit, boolean admin, boolean onboards, boolean persons, boolean erasureActs, boolean partners,
		boolean mentor) {
}
