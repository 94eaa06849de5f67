/** Demo data for the default profile: a municipality, a school and a kindergarten, their people and a programme. */
@ApplicationModule(allowedDependencies = { "approval", "engine", "feedback", "organisation", "pairing", "pairwork", "partner",
		"participant", "programme", "security", "time" })
package ru.nastavnik.demo;

import org.springframework.modulith.ApplicationModule;
