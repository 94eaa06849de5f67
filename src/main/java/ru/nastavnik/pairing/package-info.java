/** Pairs and groups of mentors and mentees: the optimal assignment and, later, its review and the director's order. */
package ru.nastavnik.pairing;
