/**
 * The work of pairs through the year (stage VI): each pair's own steps (its first meetings, the individual plan, the
 * final meeting), its meeting log — kept on the workspace's pages rather than as a task per meeting, so a school of a
 * thousand pairs meeting weekly has no thousands of tasks — and the check that raises a task only for a pair that
 * does not meet on its schedule.
 */
@ApplicationModule(allowedDependencies = { "document", "engine", "pairing", "participant", "problem", "programme",
		"security", "tasklist", "time", "web" })
package ru.nastavnik.pairwork;

import org.springframework.modulith.ApplicationModule;
