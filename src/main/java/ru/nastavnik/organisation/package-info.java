/** Organisations (schools, colleges, kindergartens) and their municipalities; each organisation is a Camunda tenant. */
package ru.nastavnik.organisation;
