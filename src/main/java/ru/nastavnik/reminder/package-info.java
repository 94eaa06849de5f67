/**
 * Reminders before a date rather than escalation after it: the day before a pair's scheduled meeting its mentor is
 * written to (with the meeting as a calendar event), and some days before a step's due date its group. One reminder
 * per meeting and per step, however often the daily run repeats.
 */
@ApplicationModule(allowedDependencies = { "engine", "notification", "organisation", "pairwork", "participant",
		"programme", "security", "time" })
package ru.nastavnik.reminder;

import org.springframework.modulith.ApplicationModule;
