/**
 * Certificates and letters of thanks at the programme's end (stage VII): a numbered PDF for each participant whose pair
 * completed its term — a certificate for a mentee, a letter of thanks for a mentor — with a QR code of its public
 * verification page, which says whether the document is genuine and names the person only under a consent to
 * publication.
 */
@ApplicationModule(allowedDependencies = { "document", "organisation", "pairing", "participant", "problem", "programme",
		"security", "time", "web" })
package ru.nastavnik.certificate;

import org.springframework.modulith.ApplicationModule;
