/**
 * Personified accounting of the programme's participants (Р-145, seed 000): who takes part and why, their enrolment
 * with its questionnaires and evaluations, the mentee and mentor bases, and the log of every read of a minor's
 * record. Whether a participant's data may be processed is asked of {@link ParticipantConsents}, which the consent
 * capability answers; what identifies a participant is erased by {@link ParticipantDataErasure} when it asks.
 */
@ApplicationModule(allowedDependencies = {
	"document", "engine", "notification", "organisation", "problem", "programme", "security", "tasklist", "time",
	"web" })
package ru.nastavnik.participant;

import org.springframework.modulith.ApplicationModule;
