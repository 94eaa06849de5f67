/**
 * The application's side of the engine: typed process variables declared once per process, and what task forms show
 * computed from the domain when they are read, never stored in the engine.
 */
package ru.nastavnik.engine;
