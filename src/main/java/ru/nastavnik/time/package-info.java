/** The business clock: java.time's view of the engine's clock, so deadlines and the engine agree on "now". */
package ru.nastavnik.time;
