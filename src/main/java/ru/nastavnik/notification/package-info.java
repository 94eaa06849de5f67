/** The outbox: messages to people, written in the transaction of the step that causes them. */
package ru.nastavnik.notification;
