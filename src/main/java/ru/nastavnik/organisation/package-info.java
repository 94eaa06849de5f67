/** Organisations (schools, colleges, kindergartens) and their municipalities; each organisation is a Camunda tenant. */
@ApplicationModule(allowedDependencies = { "engine", "security" })
package ru.nastavnik.organisation;

import org.springframework.modulith.ApplicationModule;
