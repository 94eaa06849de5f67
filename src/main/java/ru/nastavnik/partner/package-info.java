/**
 * The organisation's partners (stage VII invites them; seed 001 involves universities, colleges, enterprises): a small
 * register of each organisation — name, kind, contact — kept by its administration and curator.
 */
@ApplicationModule(allowedDependencies = { "organisation", "problem", "security", "web" })
package ru.nastavnik.partner;

import org.springframework.modulith.ApplicationModule;
