/** Pairs and groups of mentors and mentees: the optimal assignment and, later, its review and the director's order. */
@ApplicationModule(allowedDependencies = {
	"approval", "consent", "document", "engine", "notification", "organisation", "participant", "problem", "programme",
	"security", "tasklist", "time", "training", "web" })
package ru.nastavnik.pairing;

import org.springframework.modulith.ApplicationModule;
