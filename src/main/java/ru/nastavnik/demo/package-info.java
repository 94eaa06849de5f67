/** Demo data for the default profile: a municipality, a school and a kindergarten, their people and a programme. */
package ru.nastavnik.demo;
