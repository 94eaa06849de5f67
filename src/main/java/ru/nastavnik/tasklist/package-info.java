/** The person's workspace in Camunda Tasklist: the shared task filters, in Russian. */
package ru.nastavnik.tasklist;
