/**
 * The work of pairs through the year (stage VI): each pair's meeting log, kept on the workspace's pages rather than
 * as a task per meeting, so a school of a thousand pairs meeting weekly has no thousands of tasks.
 */
@ApplicationModule(allowedDependencies = { "document", "pairing", "participant", "problem", "programme", "security", "time",
		"web" })
package ru.nastavnik.pairwork;

import org.springframework.modulith.ApplicationModule;
