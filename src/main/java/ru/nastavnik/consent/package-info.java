/**
 * Consents under 152-ФЗ: the written consents to processing and to publication received on paper (a legal
 * representative's for a minor), their blanks for printing, their revocation, and the erasure that follows a revoked
 * consent to processing with its act (Приказ РКН № 179). Answers the participants' question «may their data be
 * processed?» through {@link ru.nastavnik.participant.ParticipantConsents}; participants never depend on consents.
 */
@ApplicationModule(allowedDependencies = {
	"document", "engine", "notification", "organisation", "participant", "problem", "programme", "security", "tasklist",
	"time", "web" })
package ru.nastavnik.consent;

import org.springframework.modulith.ApplicationModule;
