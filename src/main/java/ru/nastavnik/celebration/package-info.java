/**
 * The programme's final event (stage VII, steps 28–29): the invitations — to the participants, the legal
 * representatives of minors, the organisation's partners, the municipality and the municipality's other organisations
 * — one mail each through the outbox with a calendar event, or handed in person to whoever has no address; who was
 * invited, and how, is kept.
 */
@ApplicationModule(allowedDependencies = { "notification", "organisation", "pairing", "participant", "partner",
		"problem", "programme", "security", "tasklist", "engine", "time" })
package ru.nastavnik.celebration;

import org.springframework.modulith.ApplicationModule;
