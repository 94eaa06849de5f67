/**
 * The one error model of the domain: what cannot be done and why, in Russian, thrown by services and entities and
 * shown once as problem JSON ({@code web}) and once as a form error in Tasklist ({@code tasklist}).
 */
@ApplicationModule(allowedDependencies = {})
package ru.nastavnik.problem;

import org.springframework.modulith.ApplicationModule;
