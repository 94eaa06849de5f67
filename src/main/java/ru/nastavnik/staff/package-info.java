/**
 * The people who work in an organisation: their accounts, created by the administrator with the organisation's role
 * groups and its tenant, and the one-use invitation by e-mail to set their own password — no default passwords
 * outside the demo.
 */
@ApplicationModule(allowedDependencies = { "notification", "organisation", "problem", "security", "time", "web" })
package ru.nastavnik.staff;

import org.springframework.modulith.ApplicationModule;
