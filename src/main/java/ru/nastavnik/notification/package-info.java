/** The outbox: messages to people, written in the transaction of the step that causes them. */
@ApplicationModule(allowedDependencies = { "engine", "organisation", "security", "time" })
package ru.nastavnik.notification;

import org.springframework.modulith.ApplicationModule;
