/**
 * Personified accounting of the programme's participants (Р-145, seed 000): who takes part and why, under which
 * consent (152-ФЗ), the mentee and mentor bases, imports of a school's lists, revocation with erasure, and the log of
 * every read of a minor's record.
 */
@ApplicationModule(allowedDependencies = {
	"document", "engine", "notification", "organisation", "problem", "programme", "security", "tasklist", "time",
	"web" })
package ru.nastavnik.participant;

import org.springframework.modulith.ApplicationModule;
