/** Organisations (schools, colleges, kindergartens) and their municipalities; each organisation is a Camunda tenant. */
@ApplicationModule(allowedDependencies = { "engine", "problem", "security", "web" })
package ru.nastavnik.organisation;

import org.springframework.modulith.ApplicationModule;
