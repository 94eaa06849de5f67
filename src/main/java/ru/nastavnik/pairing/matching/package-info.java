/**
 * The optimal assignment of mentees to mentors as a problem of its own: scores, capacities and forbidden pairs in,
 * the best admissible assignment out (a min-cost flow, OR-Tools). Plain Java: no Spring, no JPA, no engine.
 */
package ru.nastavnik.pairing.matching;
