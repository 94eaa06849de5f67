/**
 * The application's side of the engine: typed process variables declared once per process, and what task forms show
 * computed from the domain when they are read, never stored in the engine.
 */
@ApplicationModule(allowedDependencies = {})
package ru.nastavnik.engine;

import org.springframework.modulith.ApplicationModule;
