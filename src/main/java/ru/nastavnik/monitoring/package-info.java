/**
 * Monitoring of the programme (Р-145, two stages): the participants' growth between the evaluation at the start and
 * the one at the end, compared per participant, per form of mentoring, per category and for the programme with a
 * paired test; the participants' satisfaction; the programme's quality; the reports and the municipal read model.
 */
@ApplicationModule(allowedDependencies = { "document", "engine", "feedback", "organisation", "pairing", "pairwork", "participant", "problem", "programme", "security", "tasklist", "time", "web" })
package ru.nastavnik.monitoring;

import org.springframework.modulith.ApplicationModule;
