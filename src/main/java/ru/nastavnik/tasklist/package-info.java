/** The person's workspace in Camunda Tasklist: the shared task filters, in Russian. */
@ApplicationModule(allowedDependencies = { "engine", "problem", "web" })
package ru.nastavnik.tasklist;

import org.springframework.modulith.ApplicationModule;
