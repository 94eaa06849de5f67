/** Organisations (schools, colleges, kindergartens) and their municipalities; each organisation is a Camunda tenant. */
@ApplicationModule(allowedDependencies = { "document", "engine", "problem", "security", "web" })
package ru.nastavnik.organisation;

import org.springframework.modulith.ApplicationModule;
